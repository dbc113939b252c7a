// A small in-memory LMS for the session tests: records every call, answers like a real one.
interface Call {
  fn: string;
  args: string[];
}

export function fakeScorm12(initial: Record<string, string> = {}) {
  const data: Record<string, string> = {
    'cmi.core.lesson_status': 'not attempted',
    'cmi.suspend_data': '',
    'cmi.core.student_id': 'learner-7',
    ...initial,
  };
  const calls: Call[] = [];
  const log = (fn: string, ...args: string[]) => calls.push({ fn, args });
  const api = {
    LMSInitialize: (s: '') => (log('LMSInitialize', s), 'true'),
    LMSFinish: (s: '') => (log('LMSFinish', s), 'true'),
    LMSGetValue: (e: string) => (log('LMSGetValue', e), data[e] ?? ''),
    LMSSetValue: (e: string, v: string) => (log('LMSSetValue', e, v), (data[e] = v), 'true'),
    LMSCommit: (s: '') => (log('LMSCommit', s), 'true'),
    LMSGetLastError: () => '0',
  };
  return { api, data, calls };
}

export function fakeScorm2004(initial: Record<string, string> = {}) {
  const data: Record<string, string> = {
    'cmi.completion_status': 'unknown',
    'cmi.success_status': 'unknown',
    'cmi.suspend_data': '',
    'cmi.learner_id': 'learner-7',
    ...initial,
  };
  const calls: Call[] = [];
  const log = (fn: string, ...args: string[]) => calls.push({ fn, args });
  const api = {
    Initialize: (s: '') => (log('Initialize', s), 'true'),
    Terminate: (s: '') => (log('Terminate', s), 'true'),
    GetValue: (e: string) => (log('GetValue', e), data[e] ?? ''),
    SetValue: (e: string, v: string) => (log('SetValue', e, v), (data[e] = v), 'true'),
    Commit: (s: '') => (log('Commit', s), 'true'),
    GetLastError: () => '0',
  };
  return { api, data, calls };
}
