import { Serializer } from 'survey-core';

/**
 * The questionnaire's own properties, so SurveyJS keeps them when it loads and saves JSON:
 * `scale` names the item battery an index is built from, `reverse` marks items to reverse.
 */
for (const property of ['scale', 'reverse:boolean']) {
  const name = property.split(':')[0]!;
  if (!Serializer.findProperty('question', name)) Serializer.addProperty('question', property);
}
