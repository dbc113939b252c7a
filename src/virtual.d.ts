declare module 'virtual:story-manifest' {
  const manifest: import('./engine/manifest').StoryManifest;
  export default manifest;
}
