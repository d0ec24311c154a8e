// The "Compare cells" view's owner: it starts the comparison worker when the learner asks,
// keeps its latest snapshot, stops it on request or when the view goes away.
import { useCallback, useEffect, useRef, useState } from 'react';
import { CompareCells } from '../components/Gated/CompareCells';
import type { CompareCommand, CompareMessage, CompareSeries } from '../protocol/compare';

/** Updates each net trains in one comparison. */
const UPDATES = 1500;

export function CompareMain() {
  const worker = useRef<Worker | null>(null);
  const [nets, setNets] = useState<readonly CompareSeries[] | null>(null);
  const [running, setRunning] = useState(false);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => () => worker.current?.terminate(), []);
  const send = (command: CompareCommand) => worker.current?.postMessage(command);
  const start = useCallback(() => {
    if (!worker.current) {
      const w = new Worker(new URL('../worker/compareWorker.ts', import.meta.url), {
        type: 'module',
      });
      w.onmessage = (event: MessageEvent<CompareMessage>) => {
        const message = event.data;
        if (message.type === 'error') {
          setError(message.message);
          setRunning(false);
          return;
        }
        setNets(message.series);
        if (message.done) setRunning(false);
      };
      w.onerror = () => {
        setError('the comparison worker failed');
        setRunning(false);
      };
      worker.current = w;
    }
    setError(null);
    setRunning(true);
    const at = nets?.[0]?.update ?? 0;
    send({ type: 'start', updates: at >= UPDATES ? at + UPDATES : UPDATES });
  }, [nets]);
  const stop = useCallback(() => {
    send({ type: 'stop' });
    setRunning(false);
  }, []);
  return <CompareCells nets={nets} running={running} error={error} onStart={start} onStop={stop} />;
}
