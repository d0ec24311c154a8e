// The store without React: phases, the cursor, step-back across updates, receiving messages,
// and two stores that never share state.
import { describe, expect, it } from 'vitest';
import type { Command, Frame, Message, RunSummary } from '../../src/protocol/messages';
import { createAppStore } from '../../src/store/createAppStore';
import { describePhase, phasesOf, stepOf } from '../../src/store/phases';
import { selectPhaseText, selectStep } from '../../src/store/selectors';
import { getPreset } from '../../src/scenario/presets';
import { smallFrame, smallTraces } from '../helpers/traced';

const traces = smallTraces;

const frame = smallFrame;

function setup() {
  const sent: Command[] = [];
  const store = createAppStore({ send: (c) => sent.push(c) });
  const receive = (m: Message) => store.getState().actions.receive(m);
  return { store, sent, receive, actions: store.getState().actions };
}

describe('phases', () => {
  it('list forward, loss and backward per sample, then accumulate and update', () => {
    const [t] = traces(1, 'full');
    const phases = phasesOf(t);
    expect(phases.map((p) => p.kind)).toEqual([
      'forward',
      'forward',
      'loss',
      'backward',
      'backward',
      'forward',
      'forward',
      'loss',
      'backward',
      'backward',
      'accumulate',
      'update',
    ]);
    expect(phases.map((p) => stepOf(p))).toContain('update');
    expect(describePhase(phases[3], t)).toBe('Backward pass, sample 1 of 2: output layer');
    expect(describePhase(phases[0], t)).toBe('Forward pass, sample 1 of 2: hidden layer');
    expect(describePhase(null, null)).toMatch(/^Initialize/);
  });
});

describe('pause', () => {
  it('counts as paused at once, before the worker confirms', () => {
    const { store, receive, actions, sent } = setup();
    receive({ type: 'state', playing: true, speed: 'max' });
    actions.pause();
    expect(sent.at(-1)).toEqual({ type: 'pause' });
    expect(store.getState().playing).toBe(false);
  });

  it('keeps a speed picked while paused when the worker later reports its state', () => {
    const { store, receive, actions, sent } = setup();
    receive({ type: 'state', playing: false, speed: 'max' });
    actions.setSpeed(5);
    receive({ type: 'state', playing: false, speed: 'max' }); // e.g. after an undo
    expect(store.getState().speed).toBe(5);
    actions.play();
    expect(sent.at(-1)).toEqual({ type: 'play', speed: 5 });
    // while playing, the worker's speed is the one in force
    receive({ type: 'state', playing: true, speed: 30 });
    expect(store.getState().speed).toBe(30);
  });
});

describe('the phase text', () => {
  it('says where training is when no update is traced, and stays still while playing', () => {
    const { store, receive } = setup();
    expect(selectPhaseText(store.getState())).toMatch(/^Initialize/);
    receive({ type: 'frame', frame: frame(40) });
    expect(selectPhaseText(store.getState())).toBe(
      'Paused after 40 updates: step forward to trace the next one',
    );
    receive({ type: 'state', playing: true, speed: 'max' });
    const playing = selectPhaseText(store.getState());
    expect(playing).toMatch(/^Training/);
    receive({ type: 'frame', frame: { ...frame(41), playing: true } });
    expect(selectPhaseText(store.getState())).toBe(playing); // no count that changes each frame
  });
});

describe('the cursor', () => {
  it('walks phase by phase, asks for the next update at the end, and steps back across updates', () => {
    const { store, sent, receive, actions } = setup();
    const [t1, t2] = traces(2);
    actions.stepForward('phase');
    expect(sent.at(-1)).toEqual({ type: 'traceStep' });
    actions.stepForward('phase'); // already waiting: no second request, but the step counts
    expect(sent.filter((c) => c.type === 'traceStep')).toHaveLength(1);
    receive({ type: 'trace', trace: t1, frame: frame(1) });
    expect(selectPhaseText(store.getState())).toBe('Forward pass, sample 1: output layer');
    actions.stepBack('phase');
    expect(selectPhaseText(store.getState())).toBe('Forward pass, sample 1: hidden layer');
    const n = phasesOf(t1).length;
    for (let k = 1; k < n; k += 1) actions.stepForward('phase');
    expect(selectStep(store.getState())).toBe('update');
    actions.stepForward('phase');
    receive({ type: 'trace', trace: t2, frame: frame(2) });
    expect(store.getState().traceIndex).toBe(1);
    expect(store.getState().cursor).toBe(0);
    actions.stepBack('phase');
    expect(sent.at(-1)).toEqual({ type: 'stepBack' });
    expect(store.getState().traceIndex).toBe(0);
    expect(store.getState().cursor).toBe(n - 1);
    actions.stepBack('phase');
    expect(store.getState().cursor).toBe(n - 2);
    actions.stepBack('update'); // before update 1: the starting weights
    expect(store.getState().traceIndex).toBe(-1);
    expect(sent.filter((c) => c.type === 'stepBack')).toHaveLength(2);
    expect(selectStep(store.getState())).toBe('initialize');
  });

  it('skips by sample within a batch', () => {
    const { store, receive, actions } = setup();
    const [t] = traces(1, 'full');
    actions.stepForward('phase');
    receive({ type: 'trace', trace: t, frame: frame(1) });
    actions.stepForward('sample');
    expect(selectPhaseText(store.getState())).toBe('Forward pass, sample 2 of 2: hidden layer');
    actions.stepForward('sample');
    expect(selectPhaseText(store.getState())).toBe(
      'Accumulate the batch gradient (mean of 2 samples)',
    );
    actions.stepBack('sample');
    expect(selectPhaseText(store.getState())).toBe('Forward pass, sample 2 of 2: hidden layer');
  });
});

describe('messages and settings', () => {
  it('records frames into histories and keeps the update the latest change applies from', () => {
    const { store, receive } = setup();
    receive({ type: 'configured', fromUpdate: 3, summary: {} as RunSummary });
    receive({ type: 'frame', frame: frame(3) });
    expect(store.getState().appliedFrom).toBe(3);
    receive({ type: 'frame', frame: frame(60) });
    expect(store.getState().appliedFrom).toBe(3);
    expect(store.getState().histories.batchLoss.points.map((p) => p.x)).toEqual([3, 60]);
    expect(store.getState().histories.gradNorm[1]?.points.at(-1)?.y).toBe(0.2);
    // a frame repeating update 60 (as a pause sends) adds no second point
    receive({ type: 'frame', frame: frame(60) });
    expect(store.getState().histories.batchLoss.points.map((p) => p.x)).toEqual([3, 60]);
    expect(store.getState().histories.gradNorm[1]?.points.map((p) => p.x)).toEqual([3, 60]);
  });

  it('asks charts to redraw at most every 100 ms while playing, yet records every frame', () => {
    const clock = { t: 0 };
    const store = createAppStore({ send: () => undefined, now: () => clock.t });
    const receive = (m: Message) => store.getState().actions.receive(m);
    const versions: number[] = [];
    for (let k = 1; k <= 13; k += 1) {
      clock.t = 16 * k; // one frame per animation frame for about 200 ms
      receive({ type: 'frame', frame: { ...frame(k), playing: true } });
      versions.push(store.getState().historyVersion);
    }
    expect(new Set(versions).size).toBe(2); // at 16 ms and at 128 ms
    expect(store.getState().histories.batchLoss.points).toHaveLength(13);
    receive({ type: 'frame', frame: frame(14) }); // paused: always redraw
    expect(store.getState().historyVersion).toBe(versions.at(-1)! + 1);
  });

  it('records the loss after each completed epoch once', () => {
    const { store, receive } = setup();
    const at = (update: number, epoch: number, loss: number): Frame => ({
      ...frame(update),
      epoch,
      train: { loss, accuracy: null, atUpdate: update },
    });
    [at(1, 1, 0.9), at(2, 2, 0.8), at(3, 2, 0.7), at(4, 3, 0.6), at(5, 3, 0.5)].forEach((f) =>
      receive({ type: 'frame', frame: f }),
    );
    expect(store.getState().histories.epochTrainLoss.points.map((p) => [p.x, p.y])).toEqual([
      [1, 0.8],
      [2, 0.6],
    ]);
  });

  it('keeps the traces, cursor and charts when a restarted worker resumes the same run', () => {
    const { store, receive, actions } = setup();
    const summary = { sizes: [2, 3, 1] } as unknown as RunSummary;
    receive({ type: 'loaded', summary, frame: frame(0) });
    const [t1] = traces(1);
    receive({ type: 'trace', trace: t1, frame: frame(1) });
    actions.stepForward('phase');
    actions.stepForward('phase');
    const before = store.getState();
    const unknown = { ...frame(1), gradNorm: Float64Array.of(NaN, NaN) };
    receive({ type: 'loaded', summary, frame: unknown, restored: true });
    const after = store.getState();
    expect(after.traces).toEqual([t1]);
    expect(after.cursor).toBe(2);
    expect(after.histories).toBe(before.histories);
    expect(after.histories.gradNorm[1].points.map((p) => p.y)).toEqual([0.2]);
    // a fresh load of a scenario starts over
    receive({ type: 'loaded', summary, frame: frame(0) });
    expect(store.getState().traces).toEqual([]);
  });

  it('goes back to where it was when the worker cannot step back, as after a restart', () => {
    const { store, receive, actions, sent } = setup();
    const summary = { sizes: [2, 3, 1] } as unknown as RunSummary;
    receive({ type: 'loaded', summary, frame: frame(0) });
    const [t1, t2] = traces(2);
    receive({ type: 'trace', trace: t1, frame: frame(1) });
    receive({ type: 'trace', trace: t2, frame: frame(2) });
    receive({ type: 'loaded', summary, frame: frame(2), restored: true });
    expect(store.getState().traces).toEqual([t2]); // the new worker holds no earlier states
    actions.stepBack('phase');
    expect(sent.at(-1)).toEqual({ type: 'stepBack' });
    expect(store.getState().traceIndex).toBe(-1);
    receive({
      type: 'error',
      command: 'stepBack',
      message: 'there is no earlier update to step back to',
      issues: [],
    });
    expect(store.getState().traceIndex).toBe(0);
    expect(store.getState().cursor).toBe(0);
    expect(store.getState().notices.at(-1)?.text).toMatch(/no earlier update/);
  });

  it('rejects an invalid scenario with a notice, sending nothing and keeping the state', async () => {
    const { store, sent, actions } = setup();
    expect(await actions.loadPreset('xor')).toBe(true);
    const before = store.getState().scenario;
    expect(
      await actions.loadScenario({
        version: 1,
        network: { layers: [2, 0, 1], activations: ['tanh', 'sigmoid'] },
        data: { kind: 'xor' },
      }),
    ).toBe(false);
    expect(sent.filter((c) => c.type === 'load')).toHaveLength(1);
    expect(store.getState().scenario).toBe(before);
    expect(store.getState().notices.at(-1)?.text).toContain('network.layers[1]');
  });

  it('offers the divergence remedies as commands', async () => {
    const { sent, receive, actions } = setup();
    await actions.loadPreset('circle');
    receive({
      type: 'loaded',
      summary: {
        title: 't',
        description: null,
        sizes: [2, 8, 8, 1],
        activations: ['tanh', 'tanh', 'sigmoid'],
        loss: 'cross-entropy',
        optimizer: { kind: 'sgd', learningRate: 2 },
        batch: { mode: 'online' },
        regularization: { kind: 'none' },
        dropout: 0,
        seed: 1,
        task: 'classification',
        nTrain: 1,
        nTest: 0,
        featureNames: [],
        classNames: null,
        dataLabel: '',
      },
      frame: frame(0),
    });
    actions.lowerLearningRate();
    expect(sent.at(-1)).toEqual({ type: 'configure', patch: { learningRate: 0.2 } });
    actions.undo();
    expect(sent.at(-1)).toEqual({ type: 'undo' });
  });

  it('keeps two stores independent', async () => {
    const a = setup();
    const b = setup();
    await a.actions.loadPreset(getPreset('iris')!.id);
    a.actions.select({ kind: 'neuron', layer: 1, j: 0 });
    expect(b.store.getState().scenario).toBeNull();
    expect(b.store.getState().selection).toBeNull();
    expect(b.sent).toHaveLength(0);
  });
});

describe('data views across a load of another kind', () => {
  it('asks no grid of the MLP shown before while a recurrent net is loading', async () => {
    const { receive, actions, sent } = setup();
    await actions.loadPreset('xor');
    receive({
      type: 'loaded',
      summary: { sizes: [2, 3, 1] } as unknown as RunSummary,
      frame: frame(0),
    });
    const grid = { x: [-1, 1], y: [-1, 1], resolution: 10, layers: false } as const;
    actions.setViewNeeds({ grid, rows: false, curve: null });
    const asked = sent.filter((c) => c.type === 'evaluateGrid');
    expect(asked).toHaveLength(1);
    const answer = (id: number) =>
      receive({
        type: 'grid',
        id,
        resolution: 10,
        output: new Float64Array(100),
        layers: [],
      } as unknown as Message);
    answer((asked[0] as Extract<Command, { id: number }>).id);
    // the MLP's summary is still the store's while the rnn's load is on its way
    expect(await actions.loadPreset('rnn-memory')).toBe(true);
    actions.setViewNeeds({ grid: { ...grid, resolution: 20 }, rows: false, curve: null });
    expect(sent.filter((c) => c.type === 'evaluateGrid')).toHaveLength(1);
    // back to an MLP: asked again once it is shown
    await actions.loadPreset('xor');
    receive({
      type: 'loaded',
      summary: { sizes: [2, 3, 1] } as unknown as RunSummary,
      frame: frame(1),
    });
    actions.setViewNeeds({ grid: { ...grid, resolution: 30 }, rows: false, curve: null });
    expect(sent.filter((c) => c.type === 'evaluateGrid').length).toBeGreaterThan(1);
  });
});
