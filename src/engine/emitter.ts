// A tiny typed event emitter: the engine speaks, the screens and the stage listen.
type Listener<T> = (payload: T) => void;

export class Emitter<Events extends object> {
  private listeners = new Map<keyof Events, Set<Listener<never>>>();

  on<K extends keyof Events>(type: K, listener: Listener<Events[K]>): () => void {
    let set = this.listeners.get(type);
    if (!set) this.listeners.set(type, (set = new Set()));
    set.add(listener as Listener<never>);
    return () => set!.delete(listener as Listener<never>);
  }

  emit<K extends keyof Events>(type: K, payload: Events[K]): void {
    // forEach rather than for…of: no iterator per event (a choice tells dozens), and the same order and liveness
    // (a listener removed during the call is skipped, one added is called).
    this.listeners.get(type)?.forEach((listener) => (listener as Listener<Events[K]>)(payload));
  }
}
