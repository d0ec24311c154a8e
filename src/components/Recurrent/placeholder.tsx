// Temporary stand-ins for the recurrent views while they are being written: each is the
// named region with one line of what it will show. Replaced view by view (issue 9 §2).
import type { RecurrentViewProps } from './viewModel';

function Region({ name, model }: { name: string } & Pick<RecurrentViewProps, 'model'>) {
  const T = model.sample?.steps.length ?? 0;
  return (
    <section aria-label={name}>
      <h2>{name}</h2>
      <p>{`${T} time steps`}</p>
    </section>
  );
}

export function UnrolledGraph({ model }: RecurrentViewProps) {
  return <Region name="Network graph" model={model} />;
}
export function RecurrentChainRule({ model }: RecurrentViewProps) {
  return <Region name="Chain rule" model={model} />;
}
export function RecurrentWorkedExample({ model }: RecurrentViewProps) {
  return <Region name="Worked example" model={model} />;
}
export function GradientThroughTime({ model }: RecurrentViewProps) {
  return <Region name="Gradient through time" model={model} />;
}
