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
        {u"item", UnitKind::Count, u"个|项|件", QT_TRANSLATE_NOOP("tongdao::Units", "%1 item"),
         QT_TRANSLATE_NOOP("tongdao::Units", "%1 items"), QT_TRANSLATE_NOOP("tongdao::Units", "items")},
        {u"train", UnitKind::Count, u"列", QT_TRANSLATE_NOOP("tongdao::Units", "%1 train"),
         QT_TRANSLATE_NOOP("tongdao::Units", "%1 trains"), QT_TRANSLATE_NOOP("tongdao::Units", "trains")},
        {u"flight-per-week", UnitKind::Count, u"班", QT_TRANSLATE_NOOP("tongdao::Units", "%1 flight a week"),
         QT_TRANSLATE_NOOP("tongdao::Units", "%1 flights a week"),
         QT_TRANSLATE_NOOP("tongdao::Units", "flights a week")},
        // 人次 counts trips (one person flying twice is two), not people.
        {u"passenger-trip", UnitKind::Count, u"人次", QT_TRANSLATE_NOOP("tongdao::Units", "%1 passenger trip"),
         QT_TRANSLATE_NOOP("tongdao::Units", "%1 passenger trips"),
         QT_TRANSLATE_NOOP("tongdao::Units", "passenger trips")},
        {u"agreement", UnitKind::Count, u"份", QT_TRANSLATE_NOOP("tongdao::Units", "%1 agreement"),
         QT_TRANSLATE_NOOP("tongdao::Units", "%1 agreements"), QT_TRANSLATE_NOOP("tongdao::Units", "agreements")},
        {u"project", UnitKind::Count, u"个|项", QT_TRANSLATE_NOOP("tongdao::Units", "%1 project"),
         QT_TRANSLATE_NOOP("tongdao::Units", "%1 projects"), QT_TRANSLATE_NOOP("tongdao::Units", "projects")},
        {u"memorandum", UnitKind::Count, u"项|份",
         QT_TRANSLATE_NOOP("tongdao::Units", "%1 memorandum of understanding"),
         QT_TRANSLATE_NOOP("tongdao::Units", "%1 memoranda of understanding"),
         QT_TRANSLATE_NOOP("tongdao::Units", "memoranda of understanding")},
        {u"working-group", UnitKind::Count, u"个", QT_TRANSLATE_NOOP("tongdao::Units", "%1 working group"),
         QT_TRANSLATE_NOOP("tongdao::Units", "%1 working groups"),
         QT_TRANSLATE_NOOP("tongdao::Units", "working groups")},
        {u"industrial-park", UnitKind::Count, u"个", QT_TRANSLATE_NOOP("tongdao::Units", "%1 industrial park"),
         QT_TRANSLATE_NOOP("tongdao::Units", "%1 industrial parks"),
         QT_TRANSLATE_NOOP("tongdao::Units", "industrial parks")},
        {u"person", UnitKind::Count, u"名|位|人", QT_TRANSLATE_NOOP("tongdao::Units", "%1 person"),
         QT_TRANSLATE_NOOP("tongdao::Units", "%1 people"), QT_TRANSLATE_NOOP("tongdao::Units", "people")},
        {u"company", UnitKind::Count, u"家", QT_TRANSLATE_NOOP("tongdao::Units", "%1 company"),
         QT_TRANSLATE_NOOP("tongdao::Units", "%1 companies"), QT_TRANSLATE_NOOP("tongdao::Units", "companies")},
        {u"container", UnitKind::Count, u"箱", QT_TRANSLATE_NOOP("tongdao::Units", "%1 container"),
         QT_TRANSLATE_NOOP("tongdao::Units", "%1 containers"), QT_TRANSLATE_NOOP("tongdao::Units", "containers")},
        {u"mask", UnitKind::Count, u"只", QT_TRANSLATE_NOOP("tongdao::Units", "%1 mask"),
         QT_TRANSLATE_NOOP("tongdao::Units", "%1 masks"), QT_TRANSLATE_NOOP("tongdao::Units", "masks")},
        {u"street-lamp", UnitKind::Count, u"盏", QT_TRANSLATE_NOOP("tongdao::Units", "%1 street lamp"),
         QT_TRANSLATE_NOOP("tongdao::Units", "%1 street lamps"), QT_TRANSLATE_NOOP("tongdao::Units", "street lamps")},
        {u"country", UnitKind::Count, u"国|个", QT_TRANSLATE_NOOP("tongdao::Units", "%1 country"),
         QT_TRANSLATE_NOOP("tongdao::Units", "%1 countries"), QT_TRANSLATE_NOOP("tongdao::Units", "countries")},
        // Each unit takes only its own measure word: 省区 (provinces and autonomous regions) never
        // becomes 省区市, which takes in municipalities such as Chongqing.
        {u"province", UnitKind::Count, u"省", QT_TRANSLATE_NOOP("tongdao::Units", "%1 province"),
         QT_TRANSLATE_NOOP("tongdao::Units", "%1 provinces"), QT_TRANSLATE_NOOP("tongdao::Units", "provinces")},
        {u"province-region", UnitKind::Count, u"省区|个省区",
         QT_TRANSLATE_NOOP("tongdao::Units", "%1 province or autonomous region"),
         QT_TRANSLATE_NOOP("tongdao::Units", "%1 provinces and autonomous regions"),
         QT_TRANSLATE_NOOP("tongdao::Units", "provinces and autonomous regions")},
        {u"province-region-municipality", UnitKind::Count, u"省区市|个省区市",
         QT_TRANSLATE_NOOP("tongdao::Units", "%1 province, autonomous region or municipality"),
         QT_TRANSLATE_NOOP("tongdao::Units", "%1 provinces, autonomous regions and municipalities"),
         QT_TRANSLATE_NOOP("tongdao::Units", "provinces, autonomous regions and municipalities")},
        {u"channel", UnitKind::Count, u"条", QT_TRANSLATE_NOOP("tongdao::Units", "%1 channel"),
         QT_TRANSLATE_NOOP("tongdao::Units", "%1 channels"), QT_TRANSLATE_NOOP("tongdao::Units", "channels")},
        {u"square-metre", UnitKind::Area, u"平方米", QT_TRANSLATE_NOOP("tongdao::Units", "%1 m²"),
         QT_TRANSLATE_NOOP("tongdao::Units", "%1 m²"), QT_TRANSLATE_NOOP("tongdao::Units", "square metres")},
        {u"year", UnitKind::Duration, u"年|周年", QT_TRANSLATE_NOOP("tongdao::Units", "%1 year"),
         QT_TRANSLATE_NOOP("tongdao::Units", "%1 years"), QT_TRANSLATE_NOOP("tongdao::Units", "years")},
        {u"USD", UnitKind::Currency, u"美元", QT_TRANSLATE_NOOP("tongdao::Units", "US$%1"),
         QT_TRANSLATE_NOOP("tongdao::Units", "US$%1"), QT_TRANSLATE_NOOP("tongdao::Units", "US$")},
        {u"CNY", UnitKind::Currency, u"元", QT_TRANSLATE_NOOP("tongdao::Units", "%1 yuan"),
         QT_TRANSLATE_NOOP("tongdao::Units", "%1 yuan"), QT_TRANSLATE_NOOP("tongdao::Units", "yuan")},
        {u"percent", UnitKind::Percent, u"%", QT_TRANSLATE_NOOP("tongdao::Units", "%1%"),
         QT_TRANSLATE_NOOP("tongdao::Units", "%1%"), QT_TRANSLATE_NOOP("tongdao::Units", "per cent")},
        {u"date", UnitKind::Date, u"", QT_TRANSLATE_NOOP("tongdao::Units", "%1"),
         QT_TRANSLATE_NOOP("tongdao::Units", "%1"), QT_TRANSLATE_NOOP("tongdao::Units", "date")},
    };
    return units;
}

bool Unit::acceptsMeasure(const QString &measureWord) const
{
    if (measureWord.isEmpty())
        return kind == UnitKind::Date;
    const QString words = QString::fromUtf16(measureWords);
    return words.split(QLatin1Char('|')).contains(measureWord);
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
