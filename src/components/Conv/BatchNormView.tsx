// A batch-norm value in the chain rule: μ and σ² of its channel, x̂, y = γx̂ + β, and its
// gradient along the three paths (directly through x̂, through μ, through σ²) whose sum is the
// engine's ∂L/∂x. In evaluation the running statistics are constants: only the direct path.
import type { BatchNormCell } from '../../explain/batchNormCell';
import { num } from './NumberGrid';

export function BatchNormView({
  cell,
  channel,
  per,
  training,
  engineDx,
}: {
  readonly cell: BatchNormCell;
  readonly channel: number;
  /** The unit the statistics are per: a channel (after a conv) or a unit (after a dense layer). */
  readonly per: 'channel' | 'unit';
  readonly training: boolean;
  readonly engineDx: number;
}) {
  return (
    <div className="conv-bn">
      <p className="conv-note">
        {training
          ? `Training: μ and σ² are this batch’s, over ${cell.count} values of ${per} ${channel + 1} (the biased variance); the running statistics move toward them.`
          : `Evaluation: μ and σ² are the running statistics (fixed numbers), as when inspecting one image.`}
      </p>
      <dl className="conv-bn-values">
        <dt>μ</dt>
        <dd>{num(cell.mean)}</dd>
        <dt>σ²</dt>
        <dd>{num(cell.variance)}</dd>
        <dt>x̂ = (x − μ)/√(σ² + ε)</dt>
        <dd>
          ({num(cell.x)} − {num(cell.mean)})/√({num(cell.variance)} + {cell.epsilon}) ={' '}
          {num(cell.xhat)}
        </dd>
        <dt>y = γx̂ + β</dt>
        <dd>
          {num(cell.gamma)}·{num(cell.xhat)} + {num(cell.beta)} = {num(cell.y)}
        </dd>
      </dl>
      <p className="conv-sum" data-testid="conv-bn-paths">
        ∂L/∂x = through x̂ {num(cell.direct)} + through μ {num(cell.viaMean)} + through σ²{' '}
        {num(cell.viaVariance)} = <strong>{num(cell.dx)}</strong> (the engine’s: {num(engineDx)})
      </p>
      <p className="conv-note">
        ∂L/∂x = γ/√(σ²+ε) · (g − Σg/m − x̂·Σ(g·x̂)/m) with g = ∂L/∂y = {num(cell.dy)}: every value of
        the batch moves μ and σ², so each sample’s gradient depends on the others.
      </p>
    </div>
  );
}
