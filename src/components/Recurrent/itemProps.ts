// What every focusable item of the unrolled graph (a unit, a weight copy) carries: its key,
// the roving tab stop, its button role, name and pressed state, and the graph's handlers.
import type { FocusEvent, KeyboardEvent } from 'react';
import { itemKey, type UnrolledItem } from '../../viz/unrolledKeys';
import { itemName } from '../../viz/unrolledText';

export interface ItemHandlers {
  readonly focus: (item: UnrolledItem) => void;
  readonly blur: () => void;
  readonly activate: (item: UnrolledItem) => void;
  readonly keyDown: (e: KeyboardEvent, item: UnrolledItem) => void;
}

export function itemProps(
  item: UnrolledItem,
  tabStop: string,
  pressed: boolean,
  onItem: ItemHandlers,
) {
  const key = itemKey(item);
  return {
    'data-key': key,
    tabIndex: tabStop === key ? 0 : -1,
    role: 'button',
    'aria-label': itemName(item),
    'aria-pressed': pressed,
    className: 'rnn-item',
    onClick: () => onItem.activate(item),
    onFocus: (_e: FocusEvent) => onItem.focus(item),
    onMouseEnter: () => onItem.focus(item),
    onMouseLeave: () => onItem.blur(),
    onBlur: () => onItem.blur(),
    onKeyDown: (e: KeyboardEvent) => onItem.keyDown(e, item),
  };
}
