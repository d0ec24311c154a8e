// What the store's link actions load on demand: the link codec (reading and writing
// fragments, packing scenarios) and the data checks a linked scenario must pass. Loaded only
// when an address carries a link or the learner asks for a Share link.
export { checkCarriedData } from '../scenario/dataChecks';
export { readLink, shareFragment } from '../scenario/share';
