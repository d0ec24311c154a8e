// The placeholder a view shows in place of a value an open lesson question keeps hidden: a "?"
// in the value's own cell (so nothing moves), named for assistive technology and on hover.
import { WITHHELD_LABEL, WITHHELD_TEXT } from '../../lessons/withheld';

export function WithheldValue() {
  return (
    <span className="withheld" role="img" aria-label={WITHHELD_LABEL} title={WITHHELD_LABEL}>
      {WITHHELD_TEXT}
    </span>
  );
}
