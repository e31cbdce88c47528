// SPDX-License-Identifier: GPL-3.0-or-later
// The English and Malay number scanner's words: numbers, ordinals, months, qualifiers, measures,
// periods; all lower case, multi-word entries separated by single spaces.
#include "core/latinnumberscanner_p.h"

namespace tongdao::detail::latin {

namespace {

constexpr auto englishNumbers = std::to_array<NumberWord>({
    {u"zero", Role::Zero, 0},      {u"one", Role::Unit, 1},          {u"two", Role::Unit, 2},
    {u"three", Role::Unit, 3},     {u"four", Role::Unit, 4},         {u"five", Role::Unit, 5},
    {u"six", Role::Unit, 6},       {u"seven", Role::Unit, 7},        {u"eight", Role::Unit, 8},
    {u"nine", Role::Unit, 9},      {u"ten", Role::Teen, 10},         {u"eleven", Role::Teen, 11},
    {u"twelve", Role::Teen, 12},   {u"thirteen", Role::Teen, 13},    {u"fourteen", Role::Teen, 14},
    {u"fifteen", Role::Teen, 15},  {u"sixteen", Role::Teen, 16},     {u"seventeen", Role::Teen, 17},
    {u"eighteen", Role::Teen, 18}, {u"nineteen", Role::Teen, 19},    {u"twenty", Role::Tens, 20},
    {u"thirty", Role::Tens, 30},   {u"forty", Role::Tens, 40},       {u"fifty", Role::Tens, 50},
    {u"sixty", Role::Tens, 60},    {u"seventy", Role::Tens, 70},     {u"eighty", Role::Tens, 80},
    {u"ninety", Role::Tens, 90},   {u"hundred", Role::Hundred, 100}, {u"thousand", Role::Big, 1e3},
    {u"million", Role::Big, 1e6},  {u"billion", Role::Big, 1e9},     {u"trillion", Role::Big, 1e12},
});
constexpr auto malayNumbers = std::to_array<NumberWord>({
    {u"sifar", Role::Zero, 0},          {u"satu", Role::Unit, 1},        {u"dua", Role::Unit, 2},
    {u"tiga", Role::Unit, 3},           {u"empat", Role::Unit, 4},       {u"lima", Role::Unit, 5},
    {u"enam", Role::Unit, 6},           {u"tujuh", Role::Unit, 7},       {u"lapan", Role::Unit, 8},
    {u"sembilan", Role::Unit, 9},       {u"sepuluh", Role::Teen, 10},    {u"sebelas", Role::Teen, 11},
    {u"belas", Role::Belas, 10},        {u"puluh", Role::Puluh, 10},     {u"ratus", Role::Ratus, 100},
    {u"seratus", Role::SeHundred, 100}, {u"ribu", Role::Big, 1e3},       {u"juta", Role::Big, 1e6},
    {u"bilion", Role::Big, 1e9},        {u"trilion", Role::Big, 1e12},   {u"seribu", Role::SeBig, 1e3},
    {u"sejuta", Role::SeBig, 1e6},      {u"sebilion", Role::SeBig, 1e9},
});

constexpr auto englishOrdinals = std::to_array<NamedValue>({
    {u"first", 1},      {u"second", 2},       {u"third", 3},       {u"fourth", 4},      {u"fifth", 5},
    {u"sixth", 6},      {u"seventh", 7},      {u"eighth", 8},      {u"ninth", 9},       {u"tenth", 10},
    {u"eleventh", 11},  {u"twelfth", 12},     {u"thirteenth", 13}, {u"fourteenth", 14}, {u"fifteenth", 15},
    {u"sixteenth", 16}, {u"seventeenth", 17}, {u"eighteenth", 18}, {u"nineteenth", 19}, {u"twentieth", 20},
    {u"thirtieth", 30}, {u"fortieth", 40},    {u"fiftieth", 50},   {u"sixtieth", 60},   {u"seventieth", 70},
    {u"eightieth", 80}, {u"ninetieth", 90},   {u"hundredth", 100},
});
constexpr auto malayOrdinals = std::to_array<NamedValue>({{u"pertama", 1}}); // the others are ke- + a number

constexpr auto englishMonths = std::to_array<NamedValue>({
    {u"january", 1}, {u"february", 2}, {u"march", 3},     {u"april", 4},    {u"may", 5},       {u"june", 6},
    {u"july", 7},    {u"august", 8},   {u"september", 9}, {u"october", 10}, {u"november", 11}, {u"december", 12},
    {u"jan", 1},     {u"feb", 2},      {u"mar", 3},       {u"apr", 4},      {u"jun", 6},       {u"jul", 7},
    {u"aug", 8},     {u"sep", 9},      {u"sept", 9},      {u"oct", 10},     {u"nov", 11},      {u"dec", 12},
});
constexpr auto malayMonths = std::to_array<NamedValue>({
    {u"januari", 1}, {u"februari", 2}, {u"mac", 3},       {u"april", 4},    {u"mei", 5},       {u"jun", 6},
    {u"julai", 7},   {u"ogos", 8},     {u"september", 9}, {u"oktober", 10}, {u"november", 11}, {u"disember", 12},
    {u"jan", 1},     {u"feb", 2},      {u"apr", 4},       {u"jul", 7},      {u"ogo", 8},       {u"sep", 9},
    {u"okt", 10},    {u"nov", 11},     {u"dis", 12},
});

// Longer phrases first where one starts another: "no more than" before "more than".
constexpr auto englishQualifiers = std::to_array<QualifierPhrase>({
    {u"no more than", Qualifier::LessThan},
    {u"not more than", Qualifier::LessThan},
    {u"no less than", Qualifier::MoreThan},
    {u"not less than", Qualifier::MoreThan},
    {u"no fewer than", Qualifier::MoreThan},
    {u"more than", Qualifier::MoreThan},
    {u"over", Qualifier::MoreThan},
    {u"upwards of", Qualifier::MoreThan},
    {u"in excess of", Qualifier::MoreThan},
    {u"at least", Qualifier::MoreThan},
    {u"about", Qualifier::Approximate},
    {u"around", Qualifier::Approximate},
    {u"approximately", Qualifier::Approximate},
    {u"roughly", Qualifier::Approximate},
    {u"nearly", Qualifier::Approximate},
    {u"almost", Qualifier::Approximate},
    {u"some", Qualifier::Approximate},
    {u"less than", Qualifier::LessThan},
    {u"fewer than", Qualifier::LessThan},
    {u"under", Qualifier::LessThan},
});
constexpr auto malayQualifiers = std::to_array<QualifierPhrase>({
    {u"tidak lebih daripada", Qualifier::LessThan},
    {u"tidak kurang daripada", Qualifier::MoreThan},
    {u"lebih daripada", Qualifier::MoreThan},
    {u"lebih dari", Qualifier::MoreThan},
    {u"melebihi", Qualifier::MoreThan},
    {u"sekurang-kurangnya", Qualifier::MoreThan},
    {u"kira-kira", Qualifier::Approximate},
    {u"sekitar", Qualifier::Approximate},
    {u"hampir", Qualifier::Approximate},
    {u"lebih kurang", Qualifier::Approximate},
    {u"kurang daripada", Qualifier::LessThan},
    {u"kurang dari", Qualifier::LessThan},
});

// The dataset's units (core/units.cpp) in both languages, and common others. The longest match wins.
constexpr auto englishMeasures = std::to_array<QStringView>({
    u"trains",
    u"train",
    u"flights a week",
    u"flight a week",
    u"flights per week",
    u"flights",
    u"flight",
    u"passenger trips",
    u"passenger trip",
    u"passengers",
    u"trips",
    u"agreements",
    u"agreement",
    u"projects",
    u"project",
    u"memoranda of understanding",
    u"memorandum of understanding",
    u"memorandums of understanding",
    u"working groups",
    u"working group",
    u"industrial parks",
    u"industrial park",
    u"people",
    u"persons",
    u"person",
    u"companies",
    u"company",
    u"enterprises",
    u"firms",
    u"containers",
    u"container",
    u"teu",
    u"teus",
    u"masks",
    u"mask",
    u"street lamps",
    u"street lamp",
    u"countries",
    u"country",
    u"provinces and autonomous regions",
    u"provinces, autonomous regions and municipalities",
    u"provinces",
    u"province",
    u"regions",
    u"cities",
    u"municipalities",
    u"channels",
    u"channel",
    u"routes",
    u"route",
    u"square metres",
    u"square meters",
    u"square kilometres",
    u"square kilometers",
    u"kilometres",
    u"kilometers",
    u"km",
    u"metres",
    u"meters",
    u"tonnes",
    u"tons",
    u"years",
    u"year",
    u"months",
    u"month",
    u"weeks",
    u"week",
    u"days",
    u"day",
    u"hours",
    u"times",
    u"items",
    u"item",
    u"li",
    u"yuan",
    u"us dollars",
    u"dollars",
    u"ringgit",
    u"euros",
    u"yen",
    u"percentage points",
    u"anniversary",
    u"sessions",
    u"session",
    u"editions",
    u"edition",
    u"batches",
    u"delegates",
    u"students",
    u"vehicles",
    u"ships",
    u"vessels",
    u"berths",
});
constexpr auto malayMeasures = std::to_array<QStringView>({
    u"tren",
    u"penerbangan seminggu",
    u"penerbangan",
    u"perjalanan penumpang",
    u"penumpang",
    u"perjalanan",
    u"perjanjian",
    u"projek",
    u"memorandum persefahaman",
    u"kumpulan kerja",
    u"taman perindustrian",
    u"orang",
    u"syarikat",
    u"perusahaan",
    u"kontena",
    u"teu",
    u"pelitup muka",
    u"lampu jalan",
    u"negara",
    u"wilayah atau wilayah autonomi",
    u"wilayah dan wilayah autonomi",
    u"wilayah",
    u"bandar",
    u"laluan",
    u"meter persegi",
    u"kilometer persegi",
    u"kilometer",
    u"km",
    u"meter",
    u"tan",
    u"tahun",
    u"bulan",
    u"minggu",
    u"hari",
    u"jam",
    u"kali",
    u"item",
    u"li",
    u"yuan",
    u"ringgit",
    u"dolar as",
    u"dolar",
    u"euro",
    u"mata peratusan",
    u"ulang tahun",
    u"sesi",
    u"edisi",
    u"pelajar",
    u"kenderaan",
    u"kapal",
});
constexpr auto malayClassifiers = std::to_array<QStringView>(
    {u"buah", u"biji", u"ekor", u"keping", u"helai", u"batang"});

constexpr auto englishFunctionWords = std::to_array<QStringView>({
    u"a",     u"an",    u"the",     u"of",     u"in",      u"on",   u"at",      u"to",    u"for",    u"with",
    u"by",    u"from",  u"into",    u"and",    u"or",      u"but",  u"than",    u"as",    u"per",    u"more",
    u"less",  u"fewer", u"each",    u"every",  u"this",    u"that", u"these",   u"those", u"its",    u"their",
    u"his",   u"her",   u"our",     u"which",  u"who",     u"whom", u"whose",   u"is",    u"was",    u"were",
    u"are",   u"be",    u"been",    u"has",    u"have",    u"had",  u"will",    u"would", u"can",    u"could",
    u"may",   u"might", u"must",    u"should", u"not",     u"no",   u"another", u"after", u"before", u"over",
    u"under", u"about", u"between", u"up",     u"so",      u"such", u"also",    u"only",  u"other",  u"same",
    u"last",  u"next",  u"ago",     u"later",  u"earlier",
});
constexpr auto englishNotBeforeOne = std::to_array<QStringView>(
    {u"no", u"the", u"each", u"every", u"any", u"this", u"that", u"which", u"such", u"one"});
constexpr auto malayNotBeforeOne = std::to_array<QStringView>({u"salah"});
constexpr auto malayNotAfterOne = std::to_array<QStringView>({u"daripada", u"dari", u"sama"});
constexpr auto malayBoth = std::to_array<QStringView>({u"negara", u"pihak", u"belah", u"buah"});

constexpr auto englishPercent = std::to_array<QStringView>({u"per cent", u"percent"});
constexpr auto malayPercent = std::to_array<QStringView>({u"peratus"});
constexpr auto englishRange = std::to_array<QStringView>({u"to"});
constexpr auto malayRange = std::to_array<QStringView>({u"hingga", u"sehingga"});

constexpr auto englishDatePrefixes = std::to_array<QStringView>({u"the end of", u"end of", u"the beginning of",
                                                                 u"beginning of", u"the start of", u"start of",
                                                                 u"the middle of", u"middle of", u"early", u"late"});
constexpr auto malayDatePrefixes = std::to_array<QStringView>(
    {u"penghujung", u"hujung", u"akhir", u"awal", u"pertengahan"});
constexpr auto englishRelativeYears = std::to_array<QStringView>(
    {u"of this year", u"of last year", u"of next year", u"of the year"});
constexpr auto malayRelativeYears = std::to_array<QStringView>(
    {u"tahun ini", u"tahun lalu", u"tahun lepas", u"tahun depan", u"tahun hadapan"});

constexpr auto englishPeriods = std::to_array<PeriodPhrase>({
    {u"first three quarters", 1, 9},
    {u"first two quarters", 1, 6},
    {u"first half", 1, 6},
    {u"second half", 7, 12},
    {u"first quarter", 1, 3},
    {u"second quarter", 4, 6},
    {u"third quarter", 7, 9},
    {u"fourth quarter", 10, 12},
    {u"full year", 1, 12},
    {u"whole year", 1, 12},
});
constexpr auto malayPeriods = std::to_array<PeriodPhrase>({
    {u"tiga suku pertama", 1, 9},
    {u"dua suku pertama", 1, 6},
    {u"separuh pertama", 1, 6},
    {u"separuh kedua", 7, 12},
    {u"suku pertama", 1, 3},
    {u"suku kedua", 4, 6},
    {u"suku ketiga", 7, 9},
    {u"suku keempat", 10, 12},
});

void addFirstWords(QSet<QString> &set, std::span<const QStringView> phrases)
{
    for (QStringView p : phrases) {
        const qsizetype space = p.indexOf(u' ');
        set.insert(p.left(space < 0 ? p.size() : space).toString());
    }
}

Lexicon build(bool english)
{
    Lexicon x;
    x.english = english;
    for (const NumberWord &w : english ? std::span<const NumberWord>(englishNumbers) : malayNumbers)
        x.numbers.insert(w.text.toString(), w);
    for (const NamedValue &o : english ? std::span<const NamedValue>(englishOrdinals) : malayOrdinals)
        x.ordinals.insert(o.text.toString(), o.value);
    for (const NamedValue &m : english ? std::span<const NamedValue>(englishMonths) : malayMonths)
        x.months.insert(m.text.toString(), m.value);
    x.qualifiers = english ? std::span<const QualifierPhrase>(englishQualifiers) : malayQualifiers;
    for (QStringView m : english ? std::span<const QStringView>(englishMeasures) : malayMeasures)
        x.measures[m.left(m.indexOf(u' ')).toString().remove(u',')].append(m);
    if (!english)
        x.classifiers = malayClassifiers;
    x.percentWords = english ? std::span<const QStringView>(englishPercent) : malayPercent;
    x.rangeWords = english ? std::span<const QStringView>(englishRange) : malayRange;
    x.datePrefixes = english ? std::span<const QStringView>(englishDatePrefixes) : malayDatePrefixes;
    x.relativeYears = english ? std::span<const QStringView>(englishRelativeYears) : malayRelativeYears;
    x.periods = english ? std::span<const PeriodPhrase>(englishPeriods) : malayPeriods;
    x.between = english ? u"between" : u"antara";
    x.betweenAnd = english ? u"and" : u"dan";
    x.yearOf = english ? u"of" : u"tahun";
    for (QStringView w : english ? std::span<const QStringView>(englishFunctionWords) : std::span<const QStringView>())
        x.functionWords.insert(w.toString());
    for (QStringView w : english ? std::span<const QStringView>(englishNotBeforeOne) : malayNotBeforeOne)
        x.notBeforeOne.insert(w.toString());
    if (english) {
        x.notAfterOne = x.functionWords;
    } else {
        for (QStringView w : malayNotAfterOne)
            x.notAfterOne.insert(w.toString());
        for (QStringView w : malayBoth)
            x.bothAfterKedua.insert(w.toString());
    }

    // The words a mention may start with.
    for (auto it = x.numbers.cbegin(); it != x.numbers.cend(); ++it)
        x.triggers.insert(it.key());
    for (auto it = x.ordinals.cbegin(); it != x.ordinals.cend(); ++it)
        x.triggers.insert(it.key());
    for (auto it = x.months.cbegin(); it != x.months.cend(); ++it)
        x.triggers.insert(it.key());
    QList<QStringView> firstWords;
    for (const QualifierPhrase &qp : x.qualifiers)
        firstWords.append(qp.text);
    for (const PeriodPhrase &pp : x.periods)
        firstWords.append(pp.text);
    addFirstWords(x.triggers, std::span<const QStringView>(firstWords.constData(), std::size_t(firstWords.size())));
    addFirstWords(x.triggers, x.datePrefixes);
    x.triggers.insert(x.between.toString());
    for (QStringView c : {u"us", u"as", u"hk", u"s", u"rm", u"rmb"})
        x.triggers.insert(c.toString());
    if (english)
        x.triggers.insert(QStringLiteral("the")); // the first half, the end of September
    return x;
}

} // namespace

const Lexicon &lexicon(Language language)
{
    static const Lexicon english = build(true);
    static const Lexicon malay = build(false);
    return language == Language::Malay ? malay : english;
}

} // namespace tongdao::detail::latin
