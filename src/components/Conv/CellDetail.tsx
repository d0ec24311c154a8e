// The picked cell opened up, by what its layer does: a conv cell's sum (forward) or its δ's
// reach and the two gradient sums (backward), a pooling window's routing, a batch-norm value's
// statistics and three gradient paths, or a plain value and its gradient.
import { batchNormCell } from '../../explain/batchNormCell';
import { convCellSum } from '../../explain/convCell';
import { cellAt, windowGeometry } from '../../explain/convGeometry';
import type { ConvViewModel } from '../../store/convView';
import type { ConvCellPick } from '../../store/convSelection';
import { BatchNormView } from './BatchNormView';
import { ConvBackward } from './ConvBackward';
import { ConvForward } from './ConvForward';
import { num } from './NumberGrid';
import { PoolCellView } from './PoolCellView';
import { mapValues, type ConvMode } from './convValues';

function where(shape: readonly number[], index: number): string {
  const { c, i, j } = cellAt(shape, index);
  return shape.length === 3
    ? `channel ${c + 1}, row ${i + 1}, column ${j + 1}`
    : `unit ${index + 1}`;
}

export function CellDetail({
  model,
  cell,
  mode,
}: {
  readonly model: ConvViewModel;
  readonly cell: ConvCellPick;
  readonly mode: ConvMode;
}) {
  const { sample, params } = model;
  if (cell.layer < 0)
    return (
      <p className="conv-sum">
        Input, {where(model.spec.input, cell.index)}: x = {num(sample.input[cell.index])}; ∂L/∂x ={' '}
        {num(sample.inputGradient[cell.index])} (the saliency: how much the loss moves when this
        pixel does).
      </p>
    );
  const info = model.layers[cell.layer];
  const lt = sample.layers[cell.layer];
  const x = mapValues(model, 'forward', cell.layer - 1);
  const dx = mapValues(model, 'backward', cell.layer - 1);
  const heading = `${info.name}, ${where(info.outShape, cell.index)}`;
  const g = windowGeometry(info.spec, info.inShape, info.outShape);
  let body;
  if (info.spec.type === 'conv2d' && g && info.blocks) {
    const { c: f, i, j } = cellAt(info.outShape, cell.index);
    const blocks = { kernels: info.blocks.first, biases: info.blocks.second };
    const sum = convCellSum(g, blocks, params, x, f, i, j);
    body =
      mode === 'forward' ? (
        <ConvForward
          g={g}
          f={f}
          sum={sum}
          activation={info.spec.activation}
          a={lt.a[cell.index]}
          z={lt.z![cell.index]}
        />
      ) : (
        <ConvBackward
          g={g}
          blocks={blocks}
          params={params}
          x={x}
          delta={lt.delta!}
          dLda={lt.dLda[cell.index]}
          dx={dx}
          gradients={model.trace?.gradients ?? null}
          batchSize={model.batch.length}
          f={f}
          i={i}
          j={j}
          sum={sum}
        />
      );
  } else if ((info.spec.type === 'maxpool' || info.spec.type === 'avgpool') && g) {
    body = <PoolCellView g={g} type={info.spec.type} x={x} dOut={lt.dLda} out={cell.index} />;
  } else if (info.spec.type === 'batchnorm' && info.blocks) {
    const C = info.inShape[0];
    const c = cellAt(info.inShape, cell.index).c;
    const channel = info.inShape.length === 3 ? c : cell.index;
    const l = cell.layer;
    const bn = batchNormCell(
      {
        x: model.batch.map((s) => (l === 0 ? s.input : s.layers[l - 1].a)),
        xhat: model.batch.map((s) => s.layers[l].xhat!),
        dy: model.batch.map((s) => s.layers[l].dLda),
      },
      model.sampleIndex,
      cell.index,
      C,
      { mean: lt.mean![channel], variance: lt.variance![channel], epsilon: info.spec.epsilon },
      params[info.blocks.first + channel],
      params[info.blocks.second + channel],
      model.training,
    );
    body = (
      <BatchNormView
        cell={bn}
        channel={channel}
        per={info.inShape.length === 3 ? 'channel' : 'unit'}
        training={model.training}
        engineDx={dx[cell.index]}
      />
    );
  } else {
    body = (
      <p className="conv-sum">
        a = {num(lt.a[cell.index])}
        {lt.z ? `, z = ${num(lt.z[cell.index])}` : ''}; ∂L/∂a = {num(lt.dLda[cell.index])}
        {lt.delta ? `, δ = ∂L/∂z = ${num(lt.delta[cell.index])}` : ''}.
        {info.spec.type === 'flatten' ? ' Flatten copies values (and gradients) unchanged.' : ''}
      </p>
    );
  }
  return (
    <div className="conv-detail" data-testid="conv-detail">
      <h3>{heading}</h3>
      {body}
    </div>
  );
}
