/**
 * The texts of the standard questionnaire in every survey language, German first. One localizable
 * string per text in SurveyJS' shape: `default` is German, then en, uk, ru, ar, tr, vi.
 */
export interface Localized {
  default: string;
  en: string;
  uk: string;
  ru: string;
  ar: string;
  tr: string;
  vi: string;
}

export function t(
  de: string,
  en: string,
  uk: string,
  ru: string,
  ar: string,
  tr: string,
  vi: string,
): Localized {
  return { default: de, en, uk, ru, ar, tr, vi };
}

export type ChoiceSet = Array<{ value: number | string; text: Localized }>;

const numbered = (texts: Localized[]): ChoiceSet =>
  texts.map((text, index) => ({ value: index + 1, text }));

/** 1 = very safe … 4 = very unsafe. */
export const SAFETY = numbered([
  t(
    'sehr sicher',
    'very safe',
    'дуже безпечно',
    'очень безопасно',
    'آمن جدًا',
    'çok güvenli',
    'rất an toàn',
  ),
  t(
    'eher sicher',
    'fairly safe',
    'радше безпечно',
    'скорее безопасно',
    'آمن إلى حد ما',
    'oldukça güvenli',
    'khá an toàn',
  ),
  t(
    'eher unsicher',
    'fairly unsafe',
    'радше небезпечно',
    'скорее небезопасно',
    'غير آمن إلى حد ما',
    'pek güvenli değil',
    'khá không an toàn',
  ),
  t(
    'sehr unsicher',
    'very unsafe',
    'дуже небезпечно',
    'очень небезопасно',
    'غير آمن على الإطلاق',
    'hiç güvenli değil',
    'rất không an toàn',
  ),
]);

/** 1 = not worried at all … 4 = very worried. */
export const WORRY = numbered([
  t(
    'gar nicht beunruhigt',
    'not worried at all',
    'зовсім не турбує',
    'совсем не беспокоит',
    'لست قلقًا على الإطلاق',
    'hiç endişeli değilim',
    'hoàn toàn không lo lắng',
  ),
  t(
    'eher nicht beunruhigt',
    'not very worried',
    'радше не турбує',
    'скорее не беспокоит',
    'لست قلقًا كثيرًا',
    'pek endişeli değilim',
    'không lo lắng lắm',
  ),
  t(
    'eher beunruhigt',
    'fairly worried',
    'радше турбує',
    'скорее беспокоит',
    'قلق إلى حد ما',
    'biraz endişeliyim',
    'khá lo lắng',
  ),
  t(
    'sehr beunruhigt',
    'very worried',
    'дуже турбує',
    'очень беспокоит',
    'قلق جدًا',
    'çok endişeliyim',
    'rất lo lắng',
  ),
]);

/** 1 = very unlikely … 4 = very likely. */
export const LIKELIHOOD = numbered([
  t(
    'sehr unwahrscheinlich',
    'very unlikely',
    'дуже малоймовірно',
    'очень маловероятно',
    'غير محتمل جدًا',
    'hiç olası değil',
    'rất khó xảy ra',
  ),
  t(
    'eher unwahrscheinlich',
    'fairly unlikely',
    'радше малоймовірно',
    'скорее маловероятно',
    'غير محتمل إلى حد ما',
    'pek olası değil',
    'khá khó xảy ra',
  ),
  t(
    'eher wahrscheinlich',
    'fairly likely',
    'радше ймовірно',
    'скорее вероятно',
    'محتمل إلى حد ما',
    'oldukça olası',
    'khá có thể xảy ra',
  ),
  t(
    'sehr wahrscheinlich',
    'very likely',
    'дуже ймовірно',
    'очень вероятно',
    'محتمل جدًا',
    'çok olası',
    'rất có thể xảy ra',
  ),
]);

/** 1 = never … 4 = often. */
export const FREQUENCY = numbered([
  t('nie', 'never', 'ніколи', 'никогда', 'أبدًا', 'hiçbir zaman', 'không bao giờ'),
  t('selten', 'rarely', 'рідко', 'редко', 'نادرًا', 'nadiren', 'hiếm khi'),
  t('manchmal', 'sometimes', 'іноді', 'иногда', 'أحيانًا', 'bazen', 'thỉnh thoảng'),
  t('oft', 'often', 'часто', 'часто', 'غالبًا', 'sık sık', 'thường xuyên'),
]);

/** 1 = no problem … 4 = a big problem. */
export const PROBLEM = numbered([
  t(
    'kein Problem',
    'no problem',
    'не проблема',
    'не проблема',
    'ليست مشكلة',
    'sorun değil',
    'không phải vấn đề',
  ),
  t(
    'ein kleines Problem',
    'a small problem',
    'невелика проблема',
    'небольшая проблема',
    'مشكلة صغيرة',
    'küçük bir sorun',
    'vấn đề nhỏ',
  ),
  t(
    'ein ziemliches Problem',
    'a fairly big problem',
    'досить серйозна проблема',
    'довольно серьёзная проблема',
    'مشكلة كبيرة إلى حد ما',
    'oldukça büyük bir sorun',
    'vấn đề khá lớn',
  ),
  t(
    'ein großes Problem',
    'a big problem',
    'велика проблема',
    'большая проблема',
    'مشكلة كبيرة',
    'büyük bir sorun',
    'vấn đề lớn',
  ),
]);

/** 1 = disagree completely … 4 = agree completely. */
export const AGREEMENT = numbered([
  t(
    'stimme gar nicht zu',
    'strongly disagree',
    'зовсім не згоден/згодна',
    'совсем не согласен/согласна',
    'لا أوافق إطلاقًا',
    'hiç katılmıyorum',
    'hoàn toàn không đồng ý',
  ),
  t(
    'stimme eher nicht zu',
    'tend to disagree',
    'радше не згоден/згодна',
    'скорее не согласен/согласна',
    'لا أوافق إلى حد ما',
    'pek katılmıyorum',
    'không đồng ý lắm',
  ),
  t(
    'stimme eher zu',
    'tend to agree',
    'радше згоден/згодна',
    'скорее согласен/согласна',
    'أوافق إلى حد ما',
    'kısmen katılıyorum',
    'khá đồng ý',
  ),
  t(
    'stimme voll zu',
    'strongly agree',
    'повністю згоден/згодна',
    'полностью согласен/согласна',
    'أوافق تمامًا',
    'tamamen katılıyorum',
    'hoàn toàn đồng ý',
  ),
]);

export const YES_NO: ChoiceSet = [
  { value: 'yes', text: t('ja', 'yes', 'так', 'да', 'نعم', 'evet', 'có') },
  { value: 'no', text: t('nein', 'no', 'ні', 'нет', 'لا', 'hayır', 'không') },
];

export const OTHER = t('Sonstiges', 'other', 'інше', 'другое', 'غير ذلك', 'diğer', 'khác');
