// The plain-text rule is shared by every feature; projects were its first users.
export { containsMarkup, PLAIN_TEXT_MESSAGE, plainText } from '../text';
