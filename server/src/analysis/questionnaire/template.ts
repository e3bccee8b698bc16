// Long by design: the complete model questionnaire (about 60 questions in seven languages) is
// data, kept in one file so that its blocks read in the order residents answer them.
import {
  AGREEMENT,
  FREQUENCY,
  LIKELIHOOD,
  OTHER,
  PROBLEM,
  SAFETY,
  WORRY,
  YES_NO,
  t,
  type ChoiceSet,
  type Localized,
} from './template-texts';

/**
 * The standard questionnaire of a security analysis (about 60 questions), in SurveyJS' JSON model.
 * A council's questionnaire starts as a copy of it. Its blocks follow the German crime-victim and
 * fear-of-crime surveys: feeling of safety, fear of crime (affective, cognitive, behavioural),
 * victimisation in the last 12 months, places avoided, disorder, trust, cohesion, wishes, and
 * demographics.
 *
 * Two custom properties carry the scales the results build indices from: `scale` names the item
 * battery, `reverse: true` marks items worded the other way round (reverse them before summing).
 * `ageGroup`, `sex` and `district` are the stratum questions: their values match the register's
 * strata, and the response keeps them as its stratum.
 */
type Choice = { value: number | string; text: Localized };
interface Question {
  type: string;
  name: string;
  title: Localized;
  choices?: Choice[];
  scale?: string;
  reverse?: true;
  visibleIf?: string;
  [key: string]: unknown;
}

const choice = (value: string, text: Localized): Choice => ({ value, text });

function item(
  name: string,
  scale: string,
  choices: ChoiceSet,
  title: Localized,
  reverse = false,
): Question {
  return { type: 'radiogroup', name, title, choices, scale, ...(reverse ? { reverse: true } : {}) };
}

const safety: Question[] = [
  item(
    'safe_day_area',
    'safety',
    SAFETY,
    t(
      'Wie sicher fühlen Sie sich tagsüber allein in Ihrem Wohngebiet?',
      'How safe do you feel alone in your neighbourhood during the day?',
      'Наскільки безпечно ви почуваєтеся вдень на самоті у своєму районі?',
      'Насколько безопасно вы чувствуете себя днём в одиночку в своём районе?',
      'ما مدى شعورك بالأمان وحدك في حيّك خلال النهار؟',
      'Gündüz mahallenizde yalnızken kendinizi ne kadar güvende hissediyorsunuz?',
      'Bạn cảm thấy an toàn đến mức nào khi ở một mình trong khu phố của mình vào ban ngày?',
    ),
  ),
  item(
    'safe_night_area',
    'safety',
    SAFETY,
    t(
      'Wie sicher fühlen Sie sich nachts allein in Ihrem Wohngebiet?',
      'How safe do you feel alone in your neighbourhood after dark?',
      'Наскільки безпечно ви почуваєтеся вночі на самоті у своєму районі?',
      'Насколько безопасно вы чувствуете себя ночью в одиночку в своём районе?',
      'ما مدى شعورك بالأمان وحدك في حيّك ليلًا؟',
      'Gece mahallenizde yalnızken kendinizi ne kadar güvende hissediyorsunuz?',
      'Bạn cảm thấy an toàn đến mức nào khi ở một mình trong khu phố của mình vào ban đêm?',
    ),
  ),
  item(
    'safe_day_centre',
    'safety',
    SAFETY,
    t(
      'Wie sicher fühlen Sie sich tagsüber im Ortszentrum?',
      'How safe do you feel in the town centre during the day?',
      'Наскільки безпечно ви почуваєтеся вдень у центрі міста?',
      'Насколько безопасно вы чувствуете себя днём в центре города?',
      'ما مدى شعورك بالأمان في وسط البلدة خلال النهار؟',
      'Gündüz şehir merkezinde kendinizi ne kadar güvende hissediyorsunuz?',
      'Bạn cảm thấy an toàn đến mức nào ở trung tâm thị trấn vào ban ngày?',
    ),
  ),
  item(
    'safe_night_centre',
    'safety',
    SAFETY,
    t(
      'Wie sicher fühlen Sie sich nachts im Ortszentrum?',
      'How safe do you feel in the town centre after dark?',
      'Наскільки безпечно ви почуваєтеся вночі у центрі міста?',
      'Насколько безопасно вы чувствуете себя ночью в центре города?',
      'ما مدى شعورك بالأمان في وسط البلدة ليلًا؟',
      'Gece şehir merkezinde kendinizi ne kadar güvende hissediyorsunuz?',
      'Bạn cảm thấy an toàn đến mức nào ở trung tâm thị trấn vào ban đêm?',
    ),
  ),
  item(
    'safe_home_night',
    'safety',
    SAFETY,
    t(
      'Wie sicher fühlen Sie sich nachts allein in Ihrer Wohnung?',
      'How safe do you feel alone in your home at night?',
      'Наскільки безпечно ви почуваєтеся вночі на самоті у своєму житлі?',
      'Насколько безопасно вы чувствуете себя ночью одни в своей квартире?',
      'ما مدى شعورك بالأمان وحدك في منزلك ليلًا؟',
      'Gece evinizde yalnızken kendinizi ne kadar güvende hissediyorsunuz?',
      'Bạn cảm thấy an toàn đến mức nào khi ở một mình trong nhà vào ban đêm?',
    ),
  ),
  item(
    'safe_transport',
    'safety',
    SAFETY,
    t(
      'Wie sicher fühlen Sie sich in Bus und Bahn und an Haltestellen?',
      'How safe do you feel on buses and trains and at stops?',
      'Наскільки безпечно ви почуваєтеся в автобусах, потягах і на зупинках?',
      'Насколько безопасно вы чувствуете себя в автобусах, поездах и на остановках?',
      'ما مدى شعورك بالأمان في الحافلات والقطارات وفي المحطات؟',
      'Otobüste, trende ve duraklarda kendinizi ne kadar güvende hissediyorsunuz?',
      'Bạn cảm thấy an toàn đến mức nào trên xe buýt, tàu và tại các điểm dừng?',
    ),
  ),
  {
    type: 'radiogroup',
    name: 'safety_change',
    title: t(
      'Hat sich die Sicherheit in Ihrem Wohngebiet in den letzten zwei Jahren verändert?',
      'Has safety in your neighbourhood changed over the last two years?',
      'Чи змінилася безпека у вашому районі за останні два роки?',
      'Изменилась ли безопасность в вашем районе за последние два года?',
      'هل تغيّر مستوى الأمان في حيّك خلال العامين الماضيين؟',
      'Son iki yılda mahallenizdeki güvenlik durumu değişti mi?',
      'An ninh trong khu phố của bạn có thay đổi trong hai năm qua không?',
    ),
    choices: [
      choice(
        'better',
        t(
          'eher sicherer geworden',
          'become safer',
          'стало безпечніше',
          'стало безопаснее',
          'أصبح أكثر أمانًا',
          'daha güvenli hale geldi',
          'an toàn hơn',
        ),
      ),
      choice(
        'same',
        t(
          'gleich geblieben',
          'stayed the same',
          'не змінилася',
          'не изменилась',
          'بقي كما هو',
          'aynı kaldı',
          'không thay đổi',
        ),
      ),
      choice(
        'worse',
        t(
          'eher unsicherer geworden',
          'become less safe',
          'стало небезпечніше',
          'стало опаснее',
          'أصبح أقل أمانًا',
          'daha güvensiz hale geldi',
          'kém an toàn hơn',
        ),
      ),
      choice(
        'unknown',
        t(
          'kann ich nicht beurteilen',
          'cannot say',
          'не можу оцінити',
          'не могу оценить',
          'لا أستطيع الحكم',
          'değerlendiremiyorum',
          'không thể đánh giá',
        ),
      ),
    ],
  },
];

/** Offences asked about in the fear and victimisation blocks. */
const OFFENCES = {
  burglary: t(
    'Wohnungseinbruch',
    'burglary of your home',
    'квартирна крадіжка зі зломом',
    'квартирная кража со взломом',
    'سطو على منزلك',
    'eve hırsız girmesi',
    'trộm đột nhập nhà',
  ),
  theft: t(
    'Diebstahl (z. B. Taschendiebstahl)',
    'theft (e.g. pickpocketing)',
    'крадіжка (напр. кишенькова)',
    'кража (например, карманная)',
    'سرقة (مثل النشل)',
    'hırsızlık (ör. yankesicilik)',
    'trộm cắp (ví dụ móc túi)',
  ),
  bicycle: t(
    'Fahrrad- oder Kfz-Diebstahl',
    'theft of a bicycle or vehicle',
    'крадіжка велосипеда чи автомобіля',
    'кража велосипеда или автомобиля',
    'سرقة دراجة أو مركبة',
    'bisiklet veya araç hırsızlığı',
    'trộm xe đạp hoặc xe cộ',
  ),
  vandalism: t(
    'Sachbeschädigung an Ihrem Eigentum',
    'damage to your property',
    'пошкодження вашого майна',
    'повреждение вашего имущества',
    'إتلاف ممتلكاتك',
    'mülkünüze zarar verilmesi',
    'phá hoại tài sản của bạn',
  ),
  assault: t(
    'Körperverletzung',
    'physical assault',
    'тілесні ушкодження',
    'телесные повреждения',
    'اعتداء جسدي',
    'fiziksel saldırı',
    'hành hung',
  ),
  robbery: t('Raub', 'robbery', 'пограбування', 'ограбление', 'سلب بالقوة', 'gasp', 'cướp'),
  sexual: t(
    'sexuelle Belästigung oder Gewalt',
    'sexual harassment or violence',
    'сексуальні домагання чи насильство',
    'сексуальные домогательства или насилие',
    'تحرش أو عنف جنسي',
    'cinsel taciz veya şiddet',
    'quấy rối hoặc bạo lực tình dục',
  ),
  threat: t(
    'Bedrohung oder Beleidigung',
    'threats or insults',
    'погрози чи образи',
    'угрозы или оскорбления',
    'تهديد أو إهانة',
    'tehdit veya hakaret',
    'đe dọa hoặc lăng mạ',
  ),
  fraud: t(
    'Betrug, auch im Internet',
    'fraud, including online',
    'шахрайство, зокрема в інтернеті',
    'мошенничество, в том числе в интернете',
    'احتيال، بما في ذلك عبر الإنترنت',
    'dolandırıcılık, internette de',
    'lừa đảo, kể cả trên mạng',
  ),
} as const;
type Offence = keyof typeof OFFENCES;

const worryTitle = (offence: Localized): Localized => ({
  default: `Wie sehr beunruhigt es Sie, Opfer folgender Straftat zu werden: ${offence.default}?`,
  en: `How worried are you about becoming a victim of: ${offence.en}?`,
  uk: `Наскільки вас турбує можливість стати жертвою такого злочину: ${offence.uk}?`,
  ru: `Насколько вас беспокоит возможность стать жертвой такого преступления: ${offence.ru}?`,
  ar: `إلى أي حد يقلقك أن تصبح ضحية لـ: ${offence.ar}؟`,
  tr: `Şu suçun mağduru olmaktan ne kadar endişe duyuyorsunuz: ${offence.tr}?`,
  vi: `Bạn lo lắng đến mức nào về việc trở thành nạn nhân của: ${offence.vi}?`,
});

const likelyTitle = (offence: Localized): Localized => ({
  default: `Für wie wahrscheinlich halten Sie es, in den nächsten 12 Monaten Opfer folgender Straftat zu werden: ${offence.default}?`,
  en: `How likely do you think it is that you will become a victim of the following in the next 12 months: ${offence.en}?`,
  uk: `Наскільки ймовірно, на вашу думку, що протягом наступних 12 місяців ви станете жертвою такого злочину: ${offence.uk}?`,
  ru: `Насколько вероятно, по-вашему, что в ближайшие 12 месяцев вы станете жертвой такого преступления: ${offence.ru}?`,
  ar: `ما مدى احتمال أن تصبح خلال الأشهر الاثني عشر القادمة ضحية لـ: ${offence.ar}؟`,
  tr: `Önümüzdeki 12 ay içinde şu suçun mağduru olma ihtimalinizi ne kadar yüksek görüyorsunuz: ${offence.tr}?`,
  vi: `Bạn nghĩ khả năng bạn trở thành nạn nhân của điều sau trong 12 tháng tới là bao nhiêu: ${offence.vi}?`,
});

const AFFECTIVE: Offence[] = [
  'burglary',
  'theft',
  'assault',
  'robbery',
  'sexual',
  'threat',
  'fraud',
  'vandalism',
];
const COGNITIVE: Offence[] = ['burglary', 'theft', 'assault', 'robbery', 'threat', 'fraud'];

const fearAffective = AFFECTIVE.map((offence) =>
  item(`worry_${offence}`, 'fear_affective', WORRY, worryTitle(OFFENCES[offence])),
);
const fearCognitive = COGNITIVE.map((offence) =>
  item(`likely_${offence}`, 'fear_cognitive', LIKELIHOOD, likelyTitle(OFFENCES[offence])),
);

const fearBehaviour: Question[] = [
  item(
    'avoid_dark',
    'fear_behavioural',
    FREQUENCY,
    t(
      'Wie oft meiden Sie es, abends allein auszugehen?',
      'How often do you avoid going out alone in the evening?',
      'Як часто ви уникаєте виходити ввечері на самоті?',
      'Как часто вы избегаете выходить вечером одни?',
      'كم مرة تتجنب الخروج وحدك في المساء؟',
      'Akşamları yalnız dışarı çıkmaktan ne sıklıkla kaçınıyorsunuz?',
      'Bạn có thường tránh ra ngoài một mình vào buổi tối không?',
    ),
  ),
  item(
    'avoid_transport',
    'fear_behavioural',
    FREQUENCY,
    t(
      'Wie oft verzichten Sie aus Sorge um Ihre Sicherheit auf Bus und Bahn?',
      'How often do you avoid buses and trains out of concern for your safety?',
      'Як часто ви не користуєтеся автобусом чи потягом через побоювання за свою безпеку?',
      'Как часто вы отказываетесь от автобуса или поезда из-за беспокойства о своей безопасности?',
      'كم مرة تتجنب الحافلات والقطارات خوفًا على سلامتك؟',
      'Güvenliğiniz konusundaki endişeyle ne sıklıkla otobüs ve trenden kaçınıyorsunuz?',
      'Bạn có thường tránh đi xe buýt và tàu vì lo ngại cho an toàn của mình không?',
    ),
  ),
  item(
    'go_accompanied',
    'fear_behavioural',
    FREQUENCY,
    t(
      'Wie oft lassen Sie sich nachts begleiten oder abholen, um sicher nach Hause zu kommen?',
      'How often do you arrange company or a lift at night to get home safely?',
      'Як часто ви просите когось супроводити чи забрати вас уночі, щоб безпечно дістатися додому?',
      'Как часто вы просите кого-то проводить или забрать вас ночью, чтобы безопасно добраться домой?',
      'كم مرة تطلب من أحد مرافقتك أو إيصالك ليلًا لتصل إلى منزلك بأمان؟',
      'Eve güvenle ulaşmak için gece ne sıklıkla birinin size eşlik etmesini veya sizi almasını istiyorsunuz?',
      'Bạn có thường nhờ người đi cùng hoặc đón vào ban đêm để về nhà an toàn không?',
    ),
  ),
  item(
    'cross_street',
    'fear_behavioural',
    FREQUENCY,
    t(
      'Wie oft wechseln Sie die Straßenseite oder machen einen Umweg, wenn Ihnen jemand verdächtig vorkommt?',
      'How often do you cross the street or take a detour when someone seems suspicious?',
      'Як часто ви переходите на інший бік вулиці чи обираєте інший шлях, коли хтось здається підозрілим?',
      'Как часто вы переходите на другую сторону улицы или идёте в обход, когда кто-то кажется подозрительным?',
      'كم مرة تعبر إلى الجهة الأخرى من الشارع أو تسلك طريقًا آخر عندما يبدو لك أحد مريبًا؟',
      'Birisi size şüpheli göründüğünde ne sıklıkla karşı kaldırıma geçiyor veya yolunuzu değiştiriyorsunuz?',
      'Bạn có thường sang đường hoặc đi đường vòng khi thấy ai đó đáng ngờ không?',
    ),
  ),
  item(
    'carry_protection',
    'fear_behavioural',
    FREQUENCY,
    t(
      'Wie oft tragen Sie etwas zur Selbstverteidigung bei sich (z. B. Pfefferspray)?',
      'How often do you carry something for self-defence (e.g. pepper spray)?',
      'Як часто ви носите з собою щось для самозахисту (напр. перцевий балончик)?',
      'Как часто вы носите с собой что-то для самозащиты (например, перцовый баллончик)?',
      'كم مرة تحمل معك شيئًا للدفاع عن النفس (مثل رذاذ الفلفل)؟',
      'Kendinizi korumak için yanınızda ne sıklıkla bir şey taşıyorsunuz (ör. biber gazı)?',
      'Bạn có thường mang theo vật dụng tự vệ (ví dụ bình xịt hơi cay) không?',
    ),
  ),
  item(
    'secure_home',
    'fear_behavioural',
    FREQUENCY,
    t(
      'Wie oft prüfen Sie zusätzlich Türen und Fenster aus Sorge vor Einbruch?',
      'How often do you check doors and windows again out of concern about burglary?',
      'Як часто ви додатково перевіряєте двері й вікна, побоюючись квартирної крадіжки?',
      'Как часто вы дополнительно проверяете двери и окна, опасаясь кражи со взломом?',
      'كم مرة تتفقد الأبواب والنوافذ مرة أخرى خوفًا من السطو؟',
      'Hırsızlık endişesiyle kapı ve pencereleri ne sıklıkla ayrıca kontrol ediyorsunuz?',
      'Bạn có thường kiểm tra lại cửa ra vào và cửa sổ vì lo bị trộm đột nhập không?',
    ),
  ),
];

const victimisation: Question[] = [
  {
    type: 'checkbox',
    name: 'victim_offences',
    title: t(
      'Sind Sie in den letzten 12 Monaten in unserer Gemeinde Opfer einer der folgenden Straftaten geworden? (Mehrfachnennung möglich)',
      'In the last 12 months, have you been the victim of any of the following in our municipality? (Tick all that apply)',
      'Чи ставали ви за останні 12 місяців у нашій громаді жертвою будь-якого з цих злочинів? (Можна обрати кілька)',
      'Становились ли вы за последние 12 месяцев в нашем городе жертвой какого-либо из этих преступлений? (Можно выбрать несколько)',
      'هل وقعت خلال الأشهر الاثني عشر الماضية في بلديتنا ضحية لأي مما يلي؟ (يمكن اختيار أكثر من إجابة)',
      'Son 12 ayda belediyemizde aşağıdaki suçlardan herhangi birinin mağduru oldunuz mu? (Birden fazla seçilebilir)',
      'Trong 12 tháng qua, bạn có là nạn nhân của hành vi nào sau đây tại địa phương chúng tôi không? (Có thể chọn nhiều)',
    ),
    choices: (Object.keys(OFFENCES) as Offence[]).map((offence) =>
      choice(offence, OFFENCES[offence]),
    ),
    showNoneItem: true,
    noneText: t(
      'nein, nichts davon',
      'no, none of these',
      'ні, нічого з цього',
      'нет, ничего из этого',
      'لا، لا شيء مما سبق',
      'hayır, hiçbiri',
      'không, không có điều nào',
    ),
  },
  {
    type: 'radiogroup',
    name: 'victim_reported',
    visibleIf: "{victim_offences} notempty and !({victim_offences} contains 'none')",
    title: t(
      'Haben Sie diese Straftat(en) bei der Polizei angezeigt?',
      'Did you report this (these) to the police?',
      'Чи повідомили ви про це в поліцію?',
      'Сообщили ли вы об этом в полицию?',
      'هل أبلغت الشرطة بذلك؟',
      'Bu suç(lar)ı polise bildirdiniz mi?',
      'Bạn có trình báo việc này với cảnh sát không?',
    ),
    choices: [
      choice(
        'all',
        t(
          'ja, alle',
          'yes, all of them',
          'так, про все',
          'да, обо всём',
          'نعم، جميعها',
          'evet, hepsini',
          'có, tất cả',
        ),
      ),
      choice(
        'some',
        t(
          'ja, einen Teil',
          'yes, some of them',
          'так, про частину',
          'да, о части',
          'نعم، بعضها',
          'evet, bir kısmını',
          'có, một phần',
        ),
      ),
      choice('none', t('nein', 'no', 'ні', 'нет', 'لا', 'hayır', 'không')),
    ],
  },
  {
    type: 'checkbox',
    name: 'victim_not_reported_why',
    visibleIf: "{victim_reported} anyof ['some', 'none']",
    title: t(
      'Warum haben Sie (nicht alles) angezeigt? (Mehrfachnennung möglich)',
      'Why did you not report (everything)? (Tick all that apply)',
      'Чому ви не повідомили (про все)? (Можна обрати кілька)',
      'Почему вы не сообщили (обо всём)? (Можно выбрать несколько)',
      'لماذا لم تُبلغ (عن كل شيء)؟ (يمكن اختيار أكثر من إجابة)',
      'Neden (hepsini) bildirmediniz? (Birden fazla seçilebilir)',
      'Tại sao bạn không trình báo (tất cả)? (Có thể chọn nhiều)',
    ),
    choices: [
      choice(
        'minor',
        t(
          'zu geringfügig',
          'too minor',
          'надто незначне',
          'слишком незначительно',
          'أمر بسيط جدًا',
          'çok önemsiz',
          'quá nhỏ nhặt',
        ),
      ),
      choice(
        'pointless',
        t(
          'Polizei hätte nichts tun können',
          'the police could not have done anything',
          'поліція нічого б не змогла зробити',
          'полиция ничего не смогла бы сделать',
          'لم يكن بإمكان الشرطة فعل شيء',
          'polis bir şey yapamazdı',
          'cảnh sát cũng không làm được gì',
        ),
      ),
      choice(
        'fear',
        t(
          'Angst vor dem Täter oder den Folgen',
          'fear of the offender or the consequences',
          'страх перед кривдником чи наслідками',
          'страх перед преступником или последствиями',
          'الخوف من الجاني أو من العواقب',
          'failden veya sonuçlarından korku',
          'sợ thủ phạm hoặc hậu quả',
        ),
      ),
      choice(
        'self',
        t(
          'selbst geregelt',
          'dealt with it myself',
          'вирішив(ла) сам(а)',
          'решил(а) сам(а)',
          'تعاملت مع الأمر بنفسي',
          'kendim hallettim',
          'tự giải quyết',
        ),
      ),
      choice(
        'distrust',
        t(
          'kein Vertrauen in die Polizei',
          'no trust in the police',
          'немає довіри до поліції',
          'нет доверия к полиции',
          'لا أثق بالشرطة',
          'polise güvenmiyorum',
          'không tin tưởng cảnh sát',
        ),
      ),
      choice('other', OTHER),
    ],
  },
  {
    type: 'radiogroup',
    name: 'victim_place',
    visibleIf: "{victim_offences} notempty and !({victim_offences} contains 'none')",
    title: t(
      'Wo ist das (zuletzt) geschehen?',
      'Where did it (last) happen?',
      'Де це (востаннє) сталося?',
      'Где это (в последний раз) произошло?',
      'أين حدث ذلك (آخر مرة)؟',
      'Bu (en son) nerede oldu?',
      'Việc đó (lần gần nhất) xảy ra ở đâu?',
    ),
    choices: [
      choice(
        'home',
        t(
          'in meiner Wohnung oder am Haus',
          'in or at my home',
          'у моєму житлі чи біля будинку',
          'в моей квартире или у дома',
          'في منزلي أو عنده',
          'evimde veya evimin önünde',
          'trong hoặc ở nhà tôi',
        ),
      ),
      choice(
        'area',
        t(
          'in meinem Wohngebiet',
          'in my neighbourhood',
          'у моєму районі',
          'в моём районе',
          'في حيّي',
          'mahallemde',
          'trong khu phố của tôi',
        ),
      ),
      choice(
        'elsewhere',
        t(
          'anderswo in der Gemeinde',
          'elsewhere in the municipality',
          'деінде в громаді',
          'в другом месте города',
          'في مكان آخر من البلدية',
          'belediyenin başka bir yerinde',
          'nơi khác trong địa phương',
        ),
      ),
      choice(
        'online',
        t(
          'im Internet',
          'online',
          'в інтернеті',
          'в интернете',
          'عبر الإنترنت',
          'internette',
          'trên mạng',
        ),
      ),
    ],
  },
];

const places: Question[] = [
  {
    type: 'radiogroup',
    name: 'avoid_places',
    title: t(
      'Gibt es in unserer Gemeinde Orte, die Sie aus Angst meiden?',
      'Are there places in our municipality that you avoid out of fear?',
      'Чи є в нашій громаді місця, яких ви уникаєте через страх?',
      'Есть ли в нашем городе места, которых вы избегаете из-за страха?',
      'هل توجد أماكن في بلديتنا تتجنبها خوفًا؟',
      'Belediyemizde korktuğunuz için uzak durduğunuz yerler var mı?',
      'Có nơi nào trong địa phương chúng tôi mà bạn tránh vì sợ hãi không?',
    ),
    choices: YES_NO,
  },
  {
    type: 'comment',
    name: 'avoid_places_where',
    visibleIf: "{avoid_places} = 'yes'",
    maxLength: 500,
    title: t(
      'Welche Orte sind das? (Straße, Platz, Park, Haltestelle …)',
      'Which places are they? (street, square, park, stop …)',
      'Які це місця? (вулиця, площа, парк, зупинка …)',
      'Какие это места? (улица, площадь, парк, остановка …)',
      'ما هي هذه الأماكن؟ (شارع، ساحة، حديقة، محطة …)',
      'Bu yerler hangileri? (sokak, meydan, park, durak …)',
      'Đó là những nơi nào? (đường phố, quảng trường, công viên, điểm dừng …)',
    ),
  },
  {
    type: 'checkbox',
    name: 'avoid_places_why',
    visibleIf: "{avoid_places} = 'yes'",
    title: t(
      'Warum meiden Sie diese Orte? (Mehrfachnennung möglich)',
      'Why do you avoid these places? (Tick all that apply)',
      'Чому ви уникаєте цих місць? (Можна обрати кілька)',
      'Почему вы избегаете этих мест? (Можно выбрать несколько)',
      'لماذا تتجنب هذه الأماكن؟ (يمكن اختيار أكثر من إجابة)',
      'Bu yerlerden neden uzak duruyorsunuz? (Birden fazla seçilebilir)',
      'Tại sao bạn tránh những nơi này? (Có thể chọn nhiều)',
    ),
    choices: [
      choice(
        'dark',
        t(
          'schlechte Beleuchtung',
          'poor lighting',
          'погане освітлення',
          'плохое освещение',
          'إضاءة سيئة',
          'yetersiz aydınlatma',
          'thiếu ánh sáng',
        ),
      ),
      choice(
        'deserted',
        t(
          'menschenleer, keine Hilfe erreichbar',
          'deserted, no help at hand',
          'безлюдно, ніхто не допоможе',
          'безлюдно, помощи не дождаться',
          'مهجور، لا يوجد من يساعد',
          'ıssız, yardım yok',
          'vắng vẻ, không có ai giúp',
        ),
      ),
      choice(
        'groups',
        t(
          'Gruppen, die mich verunsichern',
          'groups that make me feel uneasy',
          'групи людей, що викликають тривогу',
          'группы людей, вызывающие тревогу',
          'تجمعات تشعرني بعدم الارتياح',
          'beni tedirgin eden gruplar',
          'những nhóm người khiến tôi bất an',
        ),
      ),
      choice(
        'drugs',
        t(
          'Alkohol- oder Drogenkonsum',
          'drinking or drug use',
          'вживання алкоголю чи наркотиків',
          'употребление алкоголя или наркотиков',
          'تعاطي الكحول أو المخدرات',
          'alkol veya uyuşturucu kullanımı',
          'uống rượu hoặc sử dụng ma túy',
        ),
      ),
      choice(
        'neglect',
        t(
          'Vermüllung, Verwahrlosung',
          'litter, neglect',
          'сміття, занедбаність',
          'мусор, запущенность',
          'القمامة والإهمال',
          'çöp, bakımsızlık',
          'rác thải, xuống cấp',
        ),
      ),
      choice(
        'incident',
        t(
          'Ich habe dort selbst etwas erlebt oder davon gehört',
          'something happened to me there or I heard about it',
          'там щось сталося зі мною або я про це чув(ла)',
          'там что-то случилось со мной или я об этом слышал(а)',
          'حدث لي شيء هناك أو سمعت عن ذلك',
          'orada başıma bir şey geldi ya da duydum',
          'tôi từng gặp chuyện ở đó hoặc nghe kể lại',
        ),
      ),
      choice('other', OTHER),
    ],
  },
  {
    type: 'radiogroup',
    name: 'avoid_places_when',
    visibleIf: "{avoid_places} = 'yes'",
    title: t(
      'Wann meiden Sie diese Orte?',
      'When do you avoid these places?',
      'Коли ви уникаєте цих місць?',
      'Когда вы избегаете этих мест?',
      'متى تتجنب هذه الأماكن؟',
      'Bu yerlerden ne zaman uzak duruyorsunuz?',
      'Bạn tránh những nơi này vào lúc nào?',
    ),
    choices: [
      choice(
        'day',
        t('tagsüber', 'during the day', 'вдень', 'днём', 'خلال النهار', 'gündüz', 'ban ngày'),
      ),
      choice(
        'night',
        t(
          'bei Dunkelheit',
          'after dark',
          'у темряві',
          'в темноте',
          'بعد حلول الظلام',
          'karanlıkta',
          'khi trời tối',
        ),
      ),
      choice('always', t('immer', 'always', 'завжди', 'всегда', 'دائمًا', 'her zaman', 'luôn luôn')),
    ],
  },
];

const disorderItem = (name: string, what: Localized): Question =>
  item(`disorder_${name}`, 'disorder', PROBLEM, {
    default: `Wie sehr ist das in Ihrem Wohngebiet ein Problem: ${what.default}?`,
    en: `How much of a problem is this in your neighbourhood: ${what.en}?`,
    uk: `Наскільки це проблема у вашому районі: ${what.uk}?`,
    ru: `Насколько это проблема в вашем районе: ${what.ru}?`,
    ar: `إلى أي حد يُعد هذا مشكلة في حيّك: ${what.ar}؟`,
    tr: `Bu, mahallenizde ne kadar sorun: ${what.tr}?`,
    vi: `Điều này là vấn đề ở mức nào trong khu phố của bạn: ${what.vi}?`,
  });

const disorder: Question[] = [
  disorderItem(
    'litter',
    t(
      'Müll und Dreck auf Straßen und Plätzen',
      'litter and dirt in streets and squares',
      'сміття та бруд на вулицях і площах',
      'мусор и грязь на улицах и площадях',
      'القمامة والأوساخ في الشوارع والساحات',
      'sokak ve meydanlarda çöp ve pislik',
      'rác và bụi bẩn trên đường phố, quảng trường',
    ),
  ),
  disorderItem(
    'graffiti',
    t(
      'Graffiti und beschmierte Wände',
      'graffiti and defaced walls',
      'графіті та розмальовані стіни',
      'граффити и исписанные стены',
      'الكتابة على الجدران وتشويهها',
      'grafiti ve karalanmış duvarlar',
      'vẽ bậy lên tường',
    ),
  ),
  disorderItem(
    'vandalism',
    t(
      'zerstörte Bänke, Haltestellen oder Spielplätze',
      'damaged benches, stops or playgrounds',
      'зламані лавки, зупинки чи дитячі майданчики',
      'сломанные скамейки, остановки или детские площадки',
      'مقاعد أو محطات أو ملاعب أطفال متضررة',
      'tahrip edilmiş banklar, duraklar veya oyun alanları',
      'ghế, trạm dừng hoặc sân chơi bị phá hỏng',
    ),
  ),
  disorderItem(
    'groups',
    t(
      'herumstehende Gruppen, die andere belästigen',
      'groups hanging around and bothering people',
      'групи людей, що чіпляються до інших',
      'группы людей, пристающие к окружающим',
      'تجمعات تضايق الآخرين',
      'başkalarını rahatsız eden gruplar',
      'những nhóm người tụ tập gây phiền hà',
    ),
  ),
  disorderItem(
    'drunk',
    t(
      'Betrunkene in der Öffentlichkeit',
      'drunk people in public',
      'п’яні люди в громадських місцях',
      'пьяные в общественных местах',
      'أشخاص مخمورون في الأماكن العامة',
      'kamusal alanda sarhoşlar',
      'người say rượu nơi công cộng',
    ),
  ),
  disorderItem(
    'drugs',
    t(
      'Drogenhandel oder Drogenkonsum',
      'drug dealing or drug use',
      'торгівля чи вживання наркотиків',
      'торговля или употребление наркотиков',
      'تجارة المخدرات أو تعاطيها',
      'uyuşturucu satışı veya kullanımı',
      'buôn bán hoặc sử dụng ma túy',
    ),
  ),
  disorderItem(
    'noise',
    t(
      'Lärm, besonders nachts',
      'noise, especially at night',
      'шум, особливо вночі',
      'шум, особенно ночью',
      'الضوضاء، خاصة في الليل',
      'özellikle geceleri gürültü',
      'tiếng ồn, nhất là ban đêm',
    ),
  ),
  disorderItem(
    'speeding',
    t(
      'zu schnell fahrende Autos',
      'cars driving too fast',
      'автомобілі, що їдуть надто швидко',
      'слишком быстро едущие машины',
      'سيارات تسير بسرعة كبيرة',
      'çok hızlı giden arabalar',
      'xe chạy quá nhanh',
    ),
  ),
  disorderItem(
    'parking',
    t(
      'rücksichtslos parkende Fahrzeuge',
      'inconsiderate parking',
      'безладно припарковані автомобілі',
      'беспорядочно припаркованные машины',
      'ركن السيارات دون مراعاة الآخرين',
      'düşüncesizce park edilmiş araçlar',
      'đỗ xe bừa bãi',
    ),
  ),
  disorderItem(
    'dogs',
    t(
      'Hundekot und nicht angeleinte Hunde',
      'dog mess and dogs off the lead',
      'собачі екскременти та собаки без повідка',
      'собачьи экскременты и собаки без поводка',
      'فضلات الكلاب والكلاب غير المربوطة',
      'köpek dışkısı ve tasmasız köpekler',
      'phân chó và chó không xích',
    ),
  ),
  disorderItem(
    'vacant',
    t(
      'leerstehende, verfallende Gebäude',
      'empty, decaying buildings',
      'порожні занедбані будівлі',
      'пустующие, разрушающиеся здания',
      'مبانٍ خالية ومتداعية',
      'boş ve harap binalar',
      'nhà bỏ hoang, xuống cấp',
    ),
  ),
];

const trust: Question[] = [
  item(
    'police_visible',
    'trust_police',
    AGREEMENT,
    t(
      'Die Polizei ist in meinem Wohngebiet ausreichend präsent.',
      'The police are present enough in my neighbourhood.',
      'Поліція достатньо присутня в моєму районі.',
      'Полиция достаточно присутствует в моём районе.',
      'الشرطة حاضرة بما يكفي في حيّي.',
      'Polis mahallemde yeterince görünür.',
      'Cảnh sát hiện diện đủ trong khu phố của tôi.',
    ),
  ),
  item(
    'police_reliable',
    'trust_police',
    AGREEMENT,
    t(
      'Wenn ich die Polizei brauche, kann ich mich auf sie verlassen.',
      'When I need the police, I can rely on them.',
      'Коли мені потрібна поліція, я можу на неї покластися.',
      'Когда мне нужна полиция, я могу на неё положиться.',
      'عندما أحتاج الشرطة، يمكنني الاعتماد عليها.',
      'Polise ihtiyacım olduğunda ona güvenebilirim.',
      'Khi cần cảnh sát, tôi có thể tin cậy vào họ.',
    ),
  ),
  item(
    'police_fair',
    'trust_police',
    AGREEMENT,
    t(
      'Die Polizei behandelt alle Menschen gleich und fair.',
      'The police treat everyone equally and fairly.',
      'Поліція ставиться до всіх людей однаково й справедливо.',
      'Полиция относится ко всем людям одинаково и справедливо.',
      'تعامل الشرطة جميع الناس بالتساوي والإنصاف.',
      'Polis herkese eşit ve adil davranır.',
      'Cảnh sát đối xử bình đẳng và công bằng với mọi người.',
    ),
  ),
  item(
    'police_indifferent',
    'trust_police',
    AGREEMENT,
    t(
      'Die Polizei kümmert sich nicht um die Probleme in meinem Wohngebiet.',
      'The police do not care about the problems in my neighbourhood.',
      'Поліцію не цікавлять проблеми мого району.',
      'Полицию не волнуют проблемы моего района.',
      'لا تهتم الشرطة بمشكلات حيّي.',
      'Polis mahallemdeki sorunlarla ilgilenmiyor.',
      'Cảnh sát không quan tâm đến các vấn đề trong khu phố của tôi.',
    ),
    true,
  ),
  item(
    'admin_cares',
    'trust_admin',
    AGREEMENT,
    t(
      'Die Gemeindeverwaltung kümmert sich um Sicherheit und Ordnung.',
      'The municipal administration takes care of safety and public order.',
      'Адміністрація громади дбає про безпеку та порядок.',
      'Городская администрация заботится о безопасности и порядке.',
      'تهتم إدارة البلدية بالأمن والنظام العام.',
      'Belediye yönetimi güvenlik ve düzenle ilgileniyor.',
      'Chính quyền địa phương quan tâm đến an ninh và trật tự.',
    ),
  ),
  item(
    'admin_responds',
    'trust_admin',
    AGREEMENT,
    t(
      'Wenn ich der Gemeinde ein Problem melde, wird es angegangen.',
      'When I report a problem to the municipality, it gets dealt with.',
      'Коли я повідомляю громаді про проблему, її вирішують.',
      'Когда я сообщаю администрации о проблеме, ею занимаются.',
      'عندما أبلغ البلدية عن مشكلة، تتم معالجتها.',
      'Belediyeye bir sorun bildirdiğimde ilgileniliyor.',
      'Khi tôi báo một vấn đề cho chính quyền địa phương, vấn đề đó được xử lý.',
    ),
  ),
  item(
    'admin_uninformed',
    'trust_admin',
    AGREEMENT,
    t(
      'Ich fühle mich von der Gemeinde über Sicherheitsfragen schlecht informiert.',
      'I feel poorly informed by the municipality about safety matters.',
      'Я почуваюся погано поінформованим(ою) громадою щодо питань безпеки.',
      'Я чувствую, что администрация плохо информирует меня о вопросах безопасности.',
      'أشعر بأن البلدية لا تطلعني بشكل كافٍ على مسائل الأمن.',
      'Belediyenin beni güvenlik konularında yeterince bilgilendirmediğini düşünüyorum.',
      'Tôi cảm thấy chính quyền địa phương thông tin cho tôi kém về các vấn đề an ninh.',
    ),
    true,
  ),
];

const cohesion: Question[] = [
  item(
    'neighbours_help',
    'cohesion',
    AGREEMENT,
    t(
      'Die Menschen in meiner Nachbarschaft helfen sich gegenseitig.',
      'People in my neighbourhood help each other.',
      'Люди в моєму районі допомагають одне одному.',
      'Люди в моём районе помогают друг другу.',
      'يساعد الناس في حيّي بعضهم بعضًا.',
      'Mahallemdeki insanlar birbirine yardım eder.',
      'Mọi người trong khu phố tôi giúp đỡ lẫn nhau.',
    ),
  ),
  item(
    'neighbours_trust',
    'cohesion',
    AGREEMENT,
    t(
      'Man kann den Menschen in meiner Nachbarschaft vertrauen.',
      'People in my neighbourhood can be trusted.',
      'Людям у моєму районі можна довіряти.',
      'Людям в моём районе можно доверять.',
      'يمكن الوثوق بالناس في حيّي.',
      'Mahallemdeki insanlara güvenilebilir.',
      'Có thể tin tưởng mọi người trong khu phố tôi.',
    ),
  ),
  item(
    'neighbours_know',
    'cohesion',
    AGREEMENT,
    t(
      'Ich kenne viele Menschen in meiner Nachbarschaft.',
      'I know many people in my neighbourhood.',
      'Я знаю багато людей у своєму районі.',
      'Я знаю многих людей в своём районе.',
      'أعرف كثيرًا من الناس في حيّي.',
      'Mahallemde birçok insanı tanırım.',
      'Tôi quen biết nhiều người trong khu phố.',
    ),
  ),
  item(
    'neighbours_watch',
    'cohesion',
    AGREEMENT,
    t(
      'Wenn etwas Verdächtiges passiert, schauen die Nachbarn nicht weg.',
      'When something suspicious happens, neighbours do not look away.',
      'Коли відбувається щось підозріле, сусіди не відводять погляду.',
      'Когда происходит что-то подозрительное, соседи не отворачиваются.',
      'عندما يحدث شيء مريب، لا يغض الجيران الطرف.',
      'Şüpheli bir şey olduğunda komşular görmezden gelmez.',
      'Khi có chuyện đáng ngờ xảy ra, hàng xóm không làm ngơ.',
    ),
  ),
  item(
    'neighbours_distant',
    'cohesion',
    AGREEMENT,
    t(
      'In meiner Nachbarschaft lebt jeder für sich.',
      'In my neighbourhood everyone keeps to themselves.',
      'У моєму районі кожен живе сам по собі.',
      'В моём районе каждый живёт сам по себе.',
      'في حيّي يعيش كل شخص لنفسه.',
      'Mahallemde herkes kendi hâlinde yaşar.',
      'Trong khu phố tôi, ai sống phần người nấy.',
    ),
    true,
  ),
  item(
    'feel_at_home',
    'cohesion',
    AGREEMENT,
    t(
      'Ich fühle mich in meinem Wohngebiet zu Hause.',
      'I feel at home in my neighbourhood.',
      'Я почуваюся вдома у своєму районі.',
      'Я чувствую себя как дома в своём районе.',
      'أشعر بأنني في بيتي في حيّي.',
      'Mahallemde kendimi evimde hissediyorum.',
      'Tôi cảm thấy như ở nhà trong khu phố của mình.',
    ),
  ),
  {
    type: 'rating',
    name: 'area_satisfaction',
    rateMin: 0,
    rateMax: 10,
    title: t(
      'Wie zufrieden sind Sie insgesamt mit Ihrem Wohngebiet? (0 = gar nicht, 10 = voll und ganz)',
      'Overall, how satisfied are you with your neighbourhood? (0 = not at all, 10 = completely)',
      'Наскільки ви загалом задоволені своїм районом? (0 = зовсім ні, 10 = повністю)',
      'Насколько вы в целом довольны своим районом? (0 = совсем нет, 10 = полностью)',
      'ما مدى رضاك عن حيّك بشكل عام؟ (0 = غير راضٍ إطلاقًا، 10 = راضٍ تمامًا)',
      'Genel olarak mahallenizden ne kadar memnunsunuz? (0 = hiç, 10 = tamamen)',
      'Nhìn chung, bạn hài lòng với khu phố của mình đến mức nào? (0 = hoàn toàn không, 10 = hoàn toàn)',
    ),
  },
];

const wishes: Question[] = [
  {
    type: 'checkbox',
    name: 'wish_measures',
    maxSelectedChoices: 3,
    title: t(
      'Was sollte in unserer Gemeinde vor allem für mehr Sicherheit getan werden? (bis zu drei Nennungen)',
      'What should our municipality do first to improve safety? (up to three)',
      'Що насамперед слід зробити в нашій громаді для більшої безпеки? (до трьох варіантів)',
      'Что в первую очередь следует сделать в нашем городе для большей безопасности? (до трёх вариантов)',
      'ما الذي ينبغي على بلديتنا فعله أولًا لتعزيز الأمان؟ (حتى ثلاث إجابات)',
      'Belediyemiz güvenliği artırmak için öncelikle ne yapmalı? (en fazla üç seçenek)',
      'Địa phương chúng tôi nên ưu tiên làm gì để tăng cường an toàn? (tối đa ba lựa chọn)',
    ),
    choices: [
      choice(
        'police',
        t(
          'mehr Polizeipräsenz',
          'more police presence',
          'більше присутності поліції',
          'больше присутствия полиции',
          'وجود أكبر للشرطة',
          'daha fazla polis varlığı',
          'tăng cường sự hiện diện của cảnh sát',
        ),
      ),
      choice(
        'lighting',
        t(
          'bessere Beleuchtung',
          'better lighting',
          'краще освітлення',
          'лучшее освещение',
          'إضاءة أفضل',
          'daha iyi aydınlatma',
          'chiếu sáng tốt hơn',
        ),
      ),
      choice(
        'cleaning',
        t(
          'mehr Sauberkeit',
          'cleaner streets and squares',
          'більше чистоти',
          'больше чистоты',
          'نظافة أكثر',
          'daha fazla temizlik',
          'sạch sẽ hơn',
        ),
      ),
      choice(
        'youth',
        t(
          'Angebote für Jugendliche',
          'activities for young people',
          'пропозиції для молоді',
          'занятия для молодёжи',
          'أنشطة للشباب',
          'gençlere yönelik etkinlikler',
          'hoạt động cho thanh thiếu niên',
        ),
      ),
      choice(
        'streetwork',
        t(
          'Sozialarbeit auf der Straße',
          'street social work',
          'соціальна робота на вулиці',
          'социальная работа на улице',
          'عمل اجتماعي في الشارع',
          'sokak sosyal hizmeti',
          'công tác xã hội đường phố',
        ),
      ),
      choice(
        'traffic',
        t(
          'Verkehrsberuhigung',
          'traffic calming',
          'заспокоєння руху',
          'снижение скорости движения',
          'تهدئة حركة المرور',
          'trafiği yavaşlatma',
          'giảm tốc độ giao thông',
        ),
      ),
      choice(
        'design',
        t(
          'Plätze und Wege besser gestalten',
          'better design of squares and paths',
          'краще облаштувати площі та доріжки',
          'лучше обустроить площади и дорожки',
          'تصميم أفضل للساحات والممرات',
          'meydan ve yolların daha iyi düzenlenmesi',
          'thiết kế quảng trường và lối đi tốt hơn',
        ),
      ),
      choice(
        'neighbourhood',
        t(
          'Nachbarschaftshilfe stärken',
          'strengthen neighbourly help',
          'підтримувати взаємодопомогу сусідів',
          'укреплять соседскую взаимопомощь',
          'تعزيز التعاون بين الجيران',
          'komşuluk yardımlaşmasını güçlendirme',
          'tăng cường tương trợ láng giềng',
        ),
      ),
      choice(
        'victims',
        t(
          'Beratung für Opfer',
          'support for victims',
          'консультації для постраждалих',
          'консультации для пострадавших',
          'دعم الضحايا',
          'mağdurlara danışmanlık',
          'hỗ trợ nạn nhân',
        ),
      ),
      choice('other', OTHER),
    ],
  },
  {
    type: 'radiogroup',
    name: 'wish_engage',
    title: t(
      'Würden Sie sich selbst für mehr Sicherheit in Ihrem Wohngebiet engagieren?',
      'Would you get involved yourself for more safety in your neighbourhood?',
      'Чи долучилися б ви особисто до підвищення безпеки у своєму районі?',
      'Готовы ли вы сами участвовать в повышении безопасности в своём районе?',
      'هل ستشارك بنفسك في تعزيز الأمان في حيّك؟',
      'Mahallenizde güvenliğin artması için kendiniz de katkıda bulunur muydunuz?',
      'Bạn có sẵn sàng tự mình tham gia vì an toàn hơn trong khu phố không?',
    ),
    choices: [
      choice('yes', t('ja', 'yes', 'так', 'да', 'نعم', 'evet', 'có')),
      choice('maybe', t('vielleicht', 'maybe', 'можливо', 'возможно', 'ربما', 'belki', 'có thể')),
      choice('no', t('nein', 'no', 'ні', 'нет', 'لا', 'hayır', 'không')),
    ],
  },
  {
    type: 'comment',
    name: 'wish_comment',
    maxLength: 1000,
    title: t(
      'Möchten Sie uns noch etwas zur Sicherheit in unserer Gemeinde sagen?',
      'Is there anything else you would like to tell us about safety in our municipality?',
      'Чи хочете ви ще щось сказати нам про безпеку в нашій громаді?',
      'Хотите ли вы ещё что-то сказать нам о безопасности в нашем городе?',
      'هل تود إخبارنا بأي شيء آخر عن الأمان في بلديتنا؟',
      'Belediyemizdeki güvenlik hakkında bize söylemek istediğiniz başka bir şey var mı?',
      'Bạn có muốn chia sẻ thêm điều gì về an toàn tại địa phương chúng tôi không?',
    ),
  },
];

const demographics: Question[] = [
  {
    type: 'radiogroup',
    name: 'ageGroup',
    title: t(
      'Wie alt sind Sie?',
      'How old are you?',
      'Скільки вам років?',
      'Сколько вам лет?',
      'كم عمرك؟',
      'Kaç yaşındasınız?',
      'Bạn bao nhiêu tuổi?',
    ),
    choices: ['16-24', '25-34', '35-44', '45-54', '55-64', '65-74']
      .map((value) => ({
        value,
        text: t(value, value, value, value, value, value, value),
      }))
      .concat([
        {
          value: '75+',
          text: t(
            '75 und älter',
            '75 or older',
            '75 і старше',
            '75 и старше',
            '75 فأكثر',
            '75 ve üzeri',
            '75 trở lên',
          ),
        },
      ]),
  },
  {
    type: 'radiogroup',
    name: 'sex',
    title: t(
      'Ihr Geschlecht',
      'Your sex',
      'Ваша стать',
      'Ваш пол',
      'جنسك',
      'Cinsiyetiniz',
      'Giới tính của bạn',
    ),
    choices: [
      choice('w', t('weiblich', 'female', 'жіноча', 'женский', 'أنثى', 'kadın', 'nữ')),
      choice('m', t('männlich', 'male', 'чоловіча', 'мужской', 'ذكر', 'erkek', 'nam')),
      choice('d', t('divers', 'diverse', 'інша', 'другой', 'متنوع', 'diğer', 'khác')),
      choice(
        'x',
        t(
          'keine Angabe',
          'prefer not to say',
          'не бажаю вказувати',
          'предпочитаю не указывать',
          'أفضّل عدم الإجابة',
          'belirtmek istemiyorum',
          'không muốn trả lời',
        ),
      ),
    ],
  },
  {
    type: 'dropdown',
    name: 'district',
    title: t(
      'In welchem Ortsteil wohnen Sie?',
      'Which district do you live in?',
      'У якій частині міста ви живете?',
      'В каком районе вы живёте?',
      'في أي حي تسكن؟',
      'Hangi semtte oturuyorsunuz?',
      'Bạn sống ở khu vực nào?',
    ),
    // The council replaces these with its own districts, spelled as in the register.
    choices: [
      choice('Zentrum', t('Zentrum', 'Centre', 'Центр', 'Центр', 'المركز', 'Merkez', 'Trung tâm')),
      choice('Nord', t('Nord', 'North', 'Північ', 'Север', 'الشمال', 'Kuzey', 'Phía Bắc')),
      choice('Süd', t('Süd', 'South', 'Південь', 'Юг', 'الجنوب', 'Güney', 'Phía Nam')),
    ],
  },
  {
    type: 'radiogroup',
    name: 'household',
    title: t(
      'Wie viele Personen leben in Ihrem Haushalt, Sie eingeschlossen?',
      'How many people live in your household, including you?',
      'Скільки людей живе у вашому домогосподарстві, включно з вами?',
      'Сколько человек живёт в вашем домохозяйстве, включая вас?',
      'كم عدد الأشخاص الذين يعيشون في منزلك، بمن فيهم أنت؟',
      'Siz dahil hanenizde kaç kişi yaşıyor?',
      'Có bao nhiêu người sống trong hộ gia đình của bạn, kể cả bạn?',
    ),
    choices: [
      choice(
        '1',
        t(
          '1 (allein)',
          '1 (alone)',
          '1 (сам/сама)',
          '1 (один/одна)',
          '1 (وحدي)',
          '1 (yalnız)',
          '1 (một mình)',
        ),
      ),
      choice('2', t('2', '2', '2', '2', '2', '2', '2')),
      choice('3', t('3', '3', '3', '3', '3', '3', '3')),
      choice(
        '4+',
        t(
          '4 oder mehr',
          '4 or more',
          '4 або більше',
          '4 или больше',
          '4 أو أكثر',
          '4 veya daha fazla',
          '4 trở lên',
        ),
      ),
    ],
  },
  {
    type: 'radiogroup',
    name: 'children',
    title: t(
      'Leben Kinder unter 18 Jahren in Ihrem Haushalt?',
      'Do children under 18 live in your household?',
      'Чи живуть у вашому домогосподарстві діти до 18 років?',
      'Живут ли в вашем домохозяйстве дети до 18 лет?',
      'هل يعيش أطفال دون 18 عامًا في منزلك؟',
      'Hanenizde 18 yaşından küçük çocuk yaşıyor mu?',
      'Có trẻ em dưới 18 tuổi sống trong hộ gia đình của bạn không?',
    ),
    choices: YES_NO,
  },
  {
    type: 'radiogroup',
    name: 'years_living',
    title: t(
      'Wie lange wohnen Sie schon in unserer Gemeinde?',
      'How long have you lived in our municipality?',
      'Як довго ви вже живете в нашій громаді?',
      'Как давно вы живёте в нашем городе?',
      'منذ متى تسكن في بلديتنا؟',
      'Ne zamandır belediyemizde yaşıyorsunuz?',
      'Bạn đã sống ở địa phương chúng tôi bao lâu?',
    ),
    choices: [
      choice(
        '<2',
        t(
          'weniger als 2 Jahre',
          'less than 2 years',
          'менше 2 років',
          'менее 2 лет',
          'أقل من سنتين',
          '2 yıldan az',
          'dưới 2 năm',
        ),
      ),
      choice(
        '2-5',
        t(
          '2 bis 5 Jahre',
          '2 to 5 years',
          'від 2 до 5 років',
          'от 2 до 5 лет',
          'من 2 إلى 5 سنوات',
          '2 ile 5 yıl arası',
          'từ 2 đến 5 năm',
        ),
      ),
      choice(
        '5-10',
        t(
          '5 bis 10 Jahre',
          '5 to 10 years',
          'від 5 до 10 років',
          'от 5 до 10 лет',
          'من 5 إلى 10 سنوات',
          '5 ile 10 yıl arası',
          'từ 5 đến 10 năm',
        ),
      ),
      choice(
        '10+',
        t(
          'mehr als 10 Jahre',
          'more than 10 years',
          'понад 10 років',
          'более 10 лет',
          'أكثر من 10 سنوات',
          '10 yıldan fazla',
          'trên 10 năm',
        ),
      ),
    ],
  },
];

const page = (name: string, title: Localized, elements: Question[]) => ({ name, title, elements });

/** The standard questionnaire; `questionnaireTemplate()` hands out a fresh copy. */
const TEMPLATE = {
  title: t(
    'Befragung zur Sicherheit in unserer Gemeinde',
    'Survey on safety in our municipality',
    'Опитування щодо безпеки в нашій громаді',
    'Опрос о безопасности в нашем городе',
    'استطلاع حول الأمان في بلديتنا',
    'Belediyemizde güvenlik anketi',
    'Khảo sát về an toàn tại địa phương chúng tôi',
  ),
  description: t(
    'Ihre Antworten sind anonym: Sie lassen sich keiner Person und keiner Adresse zuordnen. Die Teilnahme ist freiwillig; Sie können jede Frage überspringen.',
    'Your answers are anonymous: they cannot be linked to any person or address. Taking part is voluntary; you may skip any question.',
    'Ваші відповіді анонімні: їх неможливо пов’язати з жодною особою чи адресою. Участь добровільна; ви можете пропустити будь-яке питання.',
    'Ваши ответы анонимны: их невозможно связать ни с человеком, ни с адресом. Участие добровольное; вы можете пропустить любой вопрос.',
    'إجاباتك مجهولة الهوية: لا يمكن ربطها بأي شخص أو عنوان. المشاركة طوعية، ويمكنك تخطي أي سؤال.',
    'Yanıtlarınız anonimdir: hiçbir kişi veya adresle ilişkilendirilemez. Katılım gönüllüdür; istediğiniz soruyu atlayabilirsiniz.',
    'Câu trả lời của bạn được ẩn danh: không thể liên kết với bất kỳ người hay địa chỉ nào. Việc tham gia là tự nguyện; bạn có thể bỏ qua bất kỳ câu hỏi nào.',
  ),
  showQuestionNumbers: 'on',
  pages: [
    page(
      'safety',
      t(
        'Sicherheitsgefühl',
        'Feeling of safety',
        'Відчуття безпеки',
        'Чувство безопасности',
        'الشعور بالأمان',
        'Güvenlik duygusu',
        'Cảm giác an toàn',
      ),
      safety,
    ),
    page(
      'fear_affective',
      t(
        'Sorgen vor Kriminalität',
        'Worry about crime',
        'Занепокоєння злочинністю',
        'Беспокойство о преступности',
        'القلق من الجريمة',
        'Suç endişesi',
        'Lo lắng về tội phạm',
      ),
      fearAffective,
    ),
    page(
      'fear_cognitive',
      t(
        'Einschätzung des Risikos',
        'Perceived risk',
        'Оцінка ризику',
        'Оценка риска',
        'تقدير الخطر',
        'Risk algısı',
        'Đánh giá rủi ro',
      ),
      fearCognitive,
    ),
    page(
      'fear_behavioural',
      t(
        'Schutz- und Vermeideverhalten',
        'Protective and avoidance behaviour',
        'Захисна та уникальна поведінка',
        'Защитное и избегающее поведение',
        'سلوك الحماية والتجنب',
        'Korunma ve kaçınma davranışı',
        'Hành vi tự bảo vệ và né tránh',
      ),
      fearBehaviour,
    ),
    page(
      'victimisation',
      t(
        'Erfahrungen mit Straftaten',
        'Experience of crime',
        'Досвід злочинів',
        'Опыт столкновения с преступлениями',
        'التجارب مع الجرائم',
        'Suç deneyimleri',
        'Trải nghiệm với tội phạm',
      ),
      victimisation,
    ),
    page(
      'places',
      t(
        'Orte, die Sie meiden',
        'Places you avoid',
        'Місця, яких ви уникаєте',
        'Места, которых вы избегаете',
        'الأماكن التي تتجنبها',
        'Kaçındığınız yerler',
        'Những nơi bạn tránh',
      ),
      places,
    ),
    page(
      'disorder',
      t(
        'Ordnung im Wohngebiet',
        'Order in the neighbourhood',
        'Порядок у районі',
        'Порядок в районе',
        'النظام في الحي',
        'Mahallede düzen',
        'Trật tự trong khu phố',
      ),
      disorder,
    ),
    page(
      'trust',
      t(
        'Polizei und Verwaltung',
        'Police and administration',
        'Поліція та адміністрація',
        'Полиция и администрация',
        'الشرطة والإدارة',
        'Polis ve yönetim',
        'Cảnh sát và chính quyền',
      ),
      trust,
    ),
    page(
      'cohesion',
      t(
        'Nachbarschaft',
        'Neighbourhood',
        'Сусідство',
        'Соседство',
        'الجيرة',
        'Komşuluk',
        'Láng giềng',
      ),
      cohesion,
    ),
    page(
      'wishes',
      t(
        'Ihre Wünsche',
        'Your wishes',
        'Ваші побажання',
        'Ваши пожелания',
        'رغباتك',
        'İstekleriniz',
        'Mong muốn của bạn',
      ),
      wishes,
    ),
    page(
      'demographics',
      t(
        'Angaben zu Ihrer Person',
        'About you',
        'Про вас',
        'О вас',
        'معلومات عنك',
        'Hakkınızda',
        'Thông tin về bạn',
      ),
      demographics,
    ),
  ],
};

/** A fresh copy of the standard questionnaire's SurveyJS JSON. */
export function questionnaireTemplate(): Record<string, unknown> {
  return structuredClone(TEMPLATE) as Record<string, unknown>;
}
