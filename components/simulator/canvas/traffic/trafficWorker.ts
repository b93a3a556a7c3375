// The traffic layer's painter, off the page's main thread: the page sends samples and views, this draws
// on the OffscreenCanvas it was given, and the browser shows each frame without the page's thread
// having to commit the canvas. See TrafficLayer.tsx.
import { TrafficPainter, type PainterMessage } from './trafficPainter';

let painter: TrafficPainter | null = null;

self.onmessage = (event: MessageEvent<PainterMessage>) => {
  const message = event.data;
  if (message.type === 'init')
    painter = new TrafficPainter(message.canvas, message.settings, (perDot) => self.postMessage({ perDot }));
  else if (message.type === 'settings') painter?.configure(message.settings);
  else painter?.frame(message.frame);
};
