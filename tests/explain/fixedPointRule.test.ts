// The fixed-point explanations from real traces: one phase per kept relaxation iteration, the
// stage each phase shows, the chosen parameter's outer-product terms and their batch mean
// equal to the trainer's gradient, the chart's points cut at the cursor, and ρ's verdict.
import { describe, expect, it } from 'vitest';
import { inlineData } from '../../src/data/load';
import { blockOf, indexIn } from '../../src/engine/layout';
import type { FixedPointStepTrace } from '../../src/engine/fixedpoint/types';
import {
  fixedPointParamRule,
  outerProduct,
  relaxationStage,
} from '../../src/explain/fixedPointRule';
import { describePhase, phasesOf } from '../../src/explain/phases';
import { radiusVerdict, relaxationSeries } from '../../src/explain/relaxationSeries';
import { getFixedPointPreset } from '../../src/scenario/fixedPointPresets';
import { createFixedPointRun } from '../../src/scenario/fixedPointRun';
import { validateAppScenario } from '../../src/scenario/validate';
import type { FixedPointScenario } from '../../src/scenario/fixedPointSchema';

function tracedPreset(id: string): FixedPointStepTrace {
  const result = validateAppScenario(getFixedPointPreset(id)!.scenario);
  if (!result.ok) throw new Error('preset invalid');
  const s = result.scenario as FixedPointScenario;
  if (s.data.kind !== 'inline') throw new Error('inline data expected');
  const data = inlineData(s.data.inputs, s.data.targets, s.network.outputUnits.length);
  const run = createFixedPointRun(s, data);
  const step = run.trainer.step(true);
  if (!step.ok || !step.trace) throw new Error('the update was refused');
  return step.trace;
}

describe('the phases of a fixed-point update', () => {
  it('step through every forward iteration, the loss, every adjoint iteration, then the update', () => {
    const trace = tracedPreset('fixed-point');
    const s = trace.samples[0];
    const phases = phasesOf(trace);
    expect(phases).toHaveLength(s.forward.length + 1 + s.adjoint.length + 2);
    expect(phases[0]).toEqual({ kind: 'forward', sample: 0, layer: 0, t: 0 });
    expect(phases[s.forward.length]).toEqual({ kind: 'loss', sample: 0 });
    expect(describePhase(phases[2], trace)).toBe(
      `Forward relaxation to x*, iteration 3 of ${s.iterations}`,
    );
    expect(describePhase(phases[s.forward.length + 1], trace)).toBe(
      `Adjoint relaxation to v*, iteration 1 of ${s.adjointIterations}`,
    );
  });

  it('show the iterate of the cursor: x⁽ᵏ⁾ forward, then x* with v⁽ᵏ⁾ going back', () => {
    const trace = tracedPreset('fixed-point');
    const s = trace.samples[0];
    const phases = phasesOf(trace);
    const third = relaxationStage(s, phases[2]);
    expect(third).toMatchObject({ stage: 'forward', iteration: 3, v: null });
    expect(Array.from(third.x)).toEqual(Array.from(s.forward[2]));
    expect(third.change).toBe(s.forwardChange[2]);
    const back = relaxationStage(s, phases[s.forward.length + 2]);
    expect(back.stage).toBe('adjoint');
    expect(Array.from(back.x)).toEqual(Array.from(s.x));
    expect(Array.from(back.v!)).toEqual(Array.from(s.adjoint[1]));
    expect(relaxationStage(s, phases.at(-1)!).stage).toBe('gradients');
  });
});

describe('the outer-product chain rule of one parameter', () => {
  it('W[j,i]: the term is δⱼ·x*ᵢ with δⱼ = f′(u*ⱼ)·v*ⱼ, and g is the trainer’s gradient', () => {
    const trace = tracedPreset('fixed-point');
    const s = trace.samples[0];
    const rule = fixedPointParamRule(trace.layout, 'W', [2, 0], trace, s);
    expect(rule.label).toBe('W[3,1] (x3 ← x1)');
    expect(rule.index).toBe(indexIn(blockOf(trace.layout, 'W'), [2, 0]));
    expect(rule.terms[0].delta).toBe(s.d[2] * s.v[2]);
    expect(rule.terms[0].value).toBe(s.delta[2] * s.x[0]);
    expect(rule.batch!.gradient).toBe(trace.gradients[rule.index]);
    expect(rule.batch!.mean).toBeCloseTo(trace.gradients[rule.index], 15);
    expect(rule.batch!.update.after).toBe(trace.after[rule.index]);
  });

  it('V and b take ξᵢ and 1 as the second factor; a batch of 4 means its 4 terms', () => {
    const trace = tracedPreset('fixed-point-xor');
    expect(trace.samples).toHaveLength(4);
    const v = fixedPointParamRule(trace.layout, 'V', [3, 1], trace, trace.samples[2], 2);
    expect(v.terms.map((t) => t.input)).toEqual(trace.samples.map((s) => s.input[1]));
    expect(v.shown).toBe(2);
    const mean = v.terms.reduce((a, t) => a + t.value, 0) / 4;
    expect(v.batch!.mean).toBe(mean);
    expect(v.batch!.gradient).toBeCloseTo(trace.gradients[v.index], 14);
    const b = fixedPointParamRule(trace.layout, 'b', [1], trace, trace.samples[0]);
    expect(b.terms.every((t) => t.input === 1 && t.value === t.delta)).toBe(true);
    expect(b.batch!.gradient).toBe(trace.gradients[b.index]);
  });

  it('the outer product δ·x*ᵀ of a sample is its W gradient, entry by entry', () => {
    const trace = tracedPreset('fixed-point');
    const s = trace.samples[0];
    const { cells } = outerProduct(s);
    const N = trace.spec.units;
    for (let j = 0; j < N; j += 1)
      for (let i = 0; i < N; i += 1) expect(cells[j][i]).toBe(trace.gradients[j * N + i]);
  });

  it('without a trace: the live sample alone and no batch', () => {
    const trace = tracedPreset('fixed-point');
    const rule = fixedPointParamRule(trace.layout, 'W', [0, 1], null, trace.samples[0]);
    expect(rule.terms).toHaveLength(1);
    expect(rule.batch).toBeNull();
  });
});

describe('the relaxation chart', () => {
  it('grows with the cursor: forward points up to the iteration, no adjoint ones yet', () => {
    const trace = tracedPreset('fixed-point');
    const s = trace.samples[0];
    const phases = phasesOf(trace);
    const tol = trace.spec.relaxation.tolerance;
    const early = relaxationSeries(s, relaxationStage(s, phases[4]), tol, 0.17);
    expect(early.forward.map((p) => p.y)).toEqual(Array.from(s.forwardChange.slice(0, 5)));
    expect(early.adjoint).toHaveLength(0);
    const all = relaxationSeries(s, null, tol, 0.17);
    expect(all.forward).toHaveLength(s.iterations);
    expect(all.adjoint).toHaveLength(s.adjointIterations);
    expect(all.adjoint.at(-1)!.y).toBeLessThanOrEqual(tol);
    expect(all.sentence).toMatch(/Both shrink by about ρ\(D·W\) = 0\.17/);
  });

  it('says what ρ(D·W) decides', () => {
    expect(radiusVerdict(0.5)).toMatch(/< 1: .* both settle/);
    expect(radiusVerdict(1.2)).toMatch(/≥ 1: .* need not settle/);
    expect(radiusVerdict(0.5, false)).toMatch(/needs more iterations than allowed/);
  });
});
