// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/units.h"

namespace tongdao {

namespace {
const char *const context = "tongdao::Units";
}

const QList<Unit> &allUnits()
{
    // Source strings are English; zh_CN and ms translations live in translations/*.ts.
    static const QList<Unit> units{
        {u"item", UnitKind::Count, u"个|项|件", u"items|item", QT_TRANSLATE_NOOP("tongdao::Units", "%1 item"),
         QT_TRANSLATE_NOOP("tongdao::Units", "%1 items"), QT_TRANSLATE_NOOP("tongdao::Units", "items")},
        {u"train", UnitKind::Count, u"列", u"trains|train", QT_TRANSLATE_NOOP("tongdao::Units", "%1 train"),
         QT_TRANSLATE_NOOP("tongdao::Units", "%1 trains"), QT_TRANSLATE_NOOP("tongdao::Units", "trains")},
        {u"flight-per-week", UnitKind::Count, u"班", u"flights a week|flight a week|flights per week",
         QT_TRANSLATE_NOOP("tongdao::Units", "%1 flight a week"),
         QT_TRANSLATE_NOOP("tongdao::Units", "%1 flights a week"),
         QT_TRANSLATE_NOOP("tongdao::Units", "flights a week")},
        // 人次 counts trips (one person flying twice is two), not people.
        {u"passenger-trip", UnitKind::Count, u"人次", u"passenger trips|passenger trip|trips",
         QT_TRANSLATE_NOOP("tongdao::Units", "%1 passenger trip"),
         QT_TRANSLATE_NOOP("tongdao::Units", "%1 passenger trips"),
         QT_TRANSLATE_NOOP("tongdao::Units", "passenger trips")},
        {u"agreement", UnitKind::Count, u"份", u"agreements|agreement",
         QT_TRANSLATE_NOOP("tongdao::Units", "%1 agreement"), QT_TRANSLATE_NOOP("tongdao::Units", "%1 agreements"),
         QT_TRANSLATE_NOOP("tongdao::Units", "agreements")},
        {u"project", UnitKind::Count, u"个|项", u"projects|project", QT_TRANSLATE_NOOP("tongdao::Units", "%1 project"),
         QT_TRANSLATE_NOOP("tongdao::Units", "%1 projects"), QT_TRANSLATE_NOOP("tongdao::Units", "projects")},
        {u"memorandum", UnitKind::Count, u"项|份",
         u"memoranda of understanding|memorandum of understanding|memorandums of understanding",
         QT_TRANSLATE_NOOP("tongdao::Units", "%1 memorandum of understanding"),
         QT_TRANSLATE_NOOP("tongdao::Units", "%1 memoranda of understanding"),
         QT_TRANSLATE_NOOP("tongdao::Units", "memoranda of understanding")},
        {u"working-group", UnitKind::Count, u"个", u"working groups|working group",
         QT_TRANSLATE_NOOP("tongdao::Units", "%1 working group"),
         QT_TRANSLATE_NOOP("tongdao::Units", "%1 working groups"),
         QT_TRANSLATE_NOOP("tongdao::Units", "working groups")},
        {u"industrial-park", UnitKind::Count, u"个", u"industrial parks|industrial park",
         QT_TRANSLATE_NOOP("tongdao::Units", "%1 industrial park"),
         QT_TRANSLATE_NOOP("tongdao::Units", "%1 industrial parks"),
         QT_TRANSLATE_NOOP("tongdao::Units", "industrial parks")},
        {u"person", UnitKind::Count, u"名|位|人", u"people|persons|person|passengers|delegates|students",
         QT_TRANSLATE_NOOP("tongdao::Units", "%1 person"), QT_TRANSLATE_NOOP("tongdao::Units", "%1 people"),
         QT_TRANSLATE_NOOP("tongdao::Units", "people")},
        {u"company", UnitKind::Count, u"家", u"companies|company|enterprises|firms",
         QT_TRANSLATE_NOOP("tongdao::Units", "%1 company"), QT_TRANSLATE_NOOP("tongdao::Units", "%1 companies"),
         QT_TRANSLATE_NOOP("tongdao::Units", "companies")},
        {u"container", UnitKind::Count, u"箱", u"containers|container",
         QT_TRANSLATE_NOOP("tongdao::Units", "%1 container"), QT_TRANSLATE_NOOP("tongdao::Units", "%1 containers"),
         QT_TRANSLATE_NOOP("tongdao::Units", "containers")},
        {u"mask", UnitKind::Count, u"只", u"masks|mask", QT_TRANSLATE_NOOP("tongdao::Units", "%1 mask"),
         QT_TRANSLATE_NOOP("tongdao::Units", "%1 masks"), QT_TRANSLATE_NOOP("tongdao::Units", "masks")},
        {u"street-lamp", UnitKind::Count, u"盏", u"street lamps|street lamp",
         QT_TRANSLATE_NOOP("tongdao::Units", "%1 street lamp"), QT_TRANSLATE_NOOP("tongdao::Units", "%1 street lamps"),
         QT_TRANSLATE_NOOP("tongdao::Units", "street lamps")},
        {u"country", UnitKind::Count, u"国|个", u"countries|country", QT_TRANSLATE_NOOP("tongdao::Units", "%1 country"),
         QT_TRANSLATE_NOOP("tongdao::Units", "%1 countries"), QT_TRANSLATE_NOOP("tongdao::Units", "countries")},
        // Each unit takes only its own measure word: 省区 (provinces and autonomous regions) never
        // becomes 省区市, which takes in municipalities such as Chongqing.
        {u"province", UnitKind::Count, u"省", u"provinces|province", QT_TRANSLATE_NOOP("tongdao::Units", "%1 province"),
         QT_TRANSLATE_NOOP("tongdao::Units", "%1 provinces"), QT_TRANSLATE_NOOP("tongdao::Units", "provinces")},
        {u"province-region", UnitKind::Count, u"省区|个省区", u"provinces and autonomous regions",
         QT_TRANSLATE_NOOP("tongdao::Units", "%1 province or autonomous region"),
         QT_TRANSLATE_NOOP("tongdao::Units", "%1 provinces and autonomous regions"),
         QT_TRANSLATE_NOOP("tongdao::Units", "provinces and autonomous regions")},
        {u"province-region-municipality", UnitKind::Count, u"省区市|个省区市",
         u"provinces, autonomous regions and municipalities",
         QT_TRANSLATE_NOOP("tongdao::Units", "%1 province, autonomous region or municipality"),
         QT_TRANSLATE_NOOP("tongdao::Units", "%1 provinces, autonomous regions and municipalities"),
         QT_TRANSLATE_NOOP("tongdao::Units", "provinces, autonomous regions and municipalities")},
        {u"channel", UnitKind::Count, u"条", u"channels|channel|routes|route",
         QT_TRANSLATE_NOOP("tongdao::Units", "%1 channel"), QT_TRANSLATE_NOOP("tongdao::Units", "%1 channels"),
         QT_TRANSLATE_NOOP("tongdao::Units", "channels")},
        {u"square-metre", UnitKind::Area, u"平方米", u"square metres|square meters",
         QT_TRANSLATE_NOOP("tongdao::Units", "%1 m²"), QT_TRANSLATE_NOOP("tongdao::Units", "%1 m²"),
         QT_TRANSLATE_NOOP("tongdao::Units", "square metres")},
        {u"year", UnitKind::Duration, u"年|周年", u"years|year|anniversary",
         QT_TRANSLATE_NOOP("tongdao::Units", "%1 year"), QT_TRANSLATE_NOOP("tongdao::Units", "%1 years"),
         QT_TRANSLATE_NOOP("tongdao::Units", "years")},
        {u"teu", UnitKind::Count, u"标箱", u"teu|teus", QT_TRANSLATE_NOOP("tongdao::Units", "%1 TEU"),
         QT_TRANSLATE_NOOP("tongdao::Units", "%1 TEUs"), QT_TRANSLATE_NOOP("tongdao::Units", "TEUs")},
        {u"tonne", UnitKind::Other, u"吨", u"tonnes|tonne|tons|ton", QT_TRANSLATE_NOOP("tongdao::Units", "%1 tonne"),
         QT_TRANSLATE_NOOP("tongdao::Units", "%1 tonnes"), QT_TRANSLATE_NOOP("tongdao::Units", "tonnes")},
        {u"kilometre", UnitKind::Other, u"公里|千米", u"kilometres|kilometers|km",
         QT_TRANSLATE_NOOP("tongdao::Units", "%1 km"), QT_TRANSLATE_NOOP("tongdao::Units", "%1 km"),
         QT_TRANSLATE_NOOP("tongdao::Units", "kilometres")},
        {u"times", UnitKind::Other, u"倍", u"times", QT_TRANSLATE_NOOP("tongdao::Units", "%1 times"),
         QT_TRANSLATE_NOOP("tongdao::Units", "%1 times"), QT_TRANSLATE_NOOP("tongdao::Units", "times")},
        {u"day", UnitKind::Duration, u"天|日", u"days|day", QT_TRANSLATE_NOOP("tongdao::Units", "%1 day"),
         QT_TRANSLATE_NOOP("tongdao::Units", "%1 days"), QT_TRANSLATE_NOOP("tongdao::Units", "days")},
        {u"month", UnitKind::Duration, u"个月", u"months|month", QT_TRANSLATE_NOOP("tongdao::Units", "%1 month"),
         QT_TRANSLATE_NOOP("tongdao::Units", "%1 months"), QT_TRANSLATE_NOOP("tongdao::Units", "months")},
        // Whatever a text counts that no unit above knows (辆, 架, berths): the number alone.
        {u"count", UnitKind::Count, u"*", u"*", QT_TRANSLATE_NOOP("tongdao::Units", "%1"),
         QT_TRANSLATE_NOOP("tongdao::Units", "%1"), QT_TRANSLATE_NOOP("tongdao::Units", "number")},
        {u"USD", UnitKind::Currency, u"美元", u"US$|$|us dollars|dollars", QT_TRANSLATE_NOOP("tongdao::Units", "US$%1"),
         QT_TRANSLATE_NOOP("tongdao::Units", "US$%1"), QT_TRANSLATE_NOOP("tongdao::Units", "US$")},
        {u"CNY", UnitKind::Currency, u"元", u"yuan|RMB|¥", QT_TRANSLATE_NOOP("tongdao::Units", "%1 yuan"),
         QT_TRANSLATE_NOOP("tongdao::Units", "%1 yuan"), QT_TRANSLATE_NOOP("tongdao::Units", "yuan")},
        {u"percent", UnitKind::Percent, u"%", u"%", QT_TRANSLATE_NOOP("tongdao::Units", "%1%"),
         QT_TRANSLATE_NOOP("tongdao::Units", "%1%"), QT_TRANSLATE_NOOP("tongdao::Units", "per cent")},
        {u"date", UnitKind::Date, u"", u"", QT_TRANSLATE_NOOP("tongdao::Units", "%1"),
         QT_TRANSLATE_NOOP("tongdao::Units", "%1"), QT_TRANSLATE_NOOP("tongdao::Units", "date")},
    };
    return units;
}

bool Unit::acceptsMeasure(const QString &measureWord) const
{
    if (QStringView(measureWords) == u"*")
        return true;
    if (measureWord.isEmpty())
        return kind == UnitKind::Date;
    for (const char16_t *words : {measureWords, englishWords})
        for (QStringView word : QStringView(words).tokenize(u'|'))
            if (word == measureWord)
                return true;
    return false;
}

QString guessUnit(const QString &measureWord)
{
    if (measureWord == u"%")
        return QStringLiteral("percent");
    for (const Unit &u : allUnits())
        if (u.kind != UnitKind::Date && QStringView(u.measureWords) != u"*" && u.acceptsMeasure(measureWord))
            return u.idString();
    return QStringLiteral("count");
}

QString Unit::apply(const QString &number, bool singular) const
{
    return QCoreApplication::translate(context, singular ? one : other).arg(number);
}

QString Unit::displayName() const
{
    return QCoreApplication::translate(context, name);
}

const Unit *findUnit(QStringView id)
{
    for (const Unit &u : allUnits())
        if (QStringView(id) == QStringView(u.id))
            return &u;
    return nullptr;
}

QStringList unitIds()
{
    QStringList ids;
    for (const Unit &u : allUnits())
        ids.append(u.idString());
    return ids;
}

} // namespace tongdao
