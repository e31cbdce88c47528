// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/dataset.h"

#include <QRegularExpression>

#include <algorithm>

namespace tongdao {

QString measureId(Measure m)
{
    switch (m) {
    case Measure::Period:
        return QStringLiteral("period");
    case Measure::Cumulative:
        return QStringLiteral("cumulative");
    case Measure::Point:
        return QStringLiteral("point");
    }
    return {};
}

std::optional<Measure> measureFromId(QStringView id)
{
    for (Measure m : {Measure::Period, Measure::Cumulative, Measure::Point})
        if (measureId(m) == id)
            return m;
    return std::nullopt;
}

bool quoteSpeaksOfFuture(QStringView quote)
{
    static const QStringList future{QStringLiteral("将"),     QStringLiteral("拟"),      QStringLiteral("计划"),
                                    QStringLiteral(" will "), QStringLiteral(" is to "), QStringLiteral(" are to ")};
    return std::any_of(future.begin(), future.end(), [&](const QString &w) { return quote.contains(w); });
}

QString figureStatusId(FigureStatus s)
{
    return s == FigureStatus::Scheduled ? QStringLiteral("scheduled") : QStringLiteral("reported");
}

std::optional<FigureStatus> figureStatusFromId(QStringView id)
{
    for (FigureStatus s : {FigureStatus::Reported, FigureStatus::Scheduled})
        if (figureStatusId(s) == id)
            return s;
    return std::nullopt;
}

QString chartKindId(ChartKind kind)
{
    switch (kind) {
    case ChartKind::Bar:
        return QStringLiteral("bar");
    case ChartKind::HorizontalBar:
        return QStringLiteral("hbar");
    case ChartKind::Pie:
        return QStringLiteral("pie");
    case ChartKind::Timeline:
        return QStringLiteral("timeline");
    case ChartKind::Facts:
        return QStringLiteral("facts");
    }
    return {};
}

std::optional<ChartKind> chartKindFromId(QStringView id)
{
    for (ChartKind k :
         {ChartKind::Bar, ChartKind::HorizontalBar, ChartKind::Pie, ChartKind::Timeline, ChartKind::Facts})
        if (chartKindId(k) == id)
            return k;
    return std::nullopt;
}

namespace {
const QRegularExpression &referencePattern()
{
    static const QRegularExpression pattern(QStringLiteral("\\{([^{}]*)\\}"));
    return pattern;
}
} // namespace

QStringList figureReferences(QStringView text)
{
    QStringList ids;
    auto it = referencePattern().globalMatch(text);
    while (it.hasNext()) {
        const QString id = it.next().captured(1);
        if (!ids.contains(id))
            ids.append(id);
    }
    return ids;
}

QString replaceFigureReferences(const QString &text, const std::function<QString(const QString &id)> &replacement)
{
    QString result;
    qsizetype last = 0;
    auto it = referencePattern().globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        result += QStringView(text).mid(last, m.capturedStart() - last);
        const QString replaced = replacement(m.captured(1));
        result += replaced.isNull() ? m.captured(0) : replaced;
        last = m.capturedEnd();
    }
    return result + QStringView(text).mid(last);
}

QStringList ChartSpec::figureIds() const
{
    QStringList ids;
    for (const ChartItem &item : items)
        if (!ids.contains(item.figure))
            ids.append(item.figure);
    for (const LocalizedText &callout : callouts)
        for (const QString &id : figureReferences(callout.en))
            if (!ids.contains(id))
                ids.append(id);
    return ids;
}

bool ChartSpec::mixesScopes() const
{
    for (const ChartItem &item : items)
        if (!(item.scope == items.first().scope))
            return true;
    return false;
}

const Figure *Dataset::figure(QStringView id) const
{
    const int i = figureIndex(id);
    return i >= 0 ? &figures[i] : nullptr;
}

const ChartSpec *Dataset::chart(QStringView id) const
{
    const int i = chartIndex(id);
    return i >= 0 ? &charts[i] : nullptr;
}

const Category *Dataset::category(QStringView id) const
{
    for (const Category &c : categories)
        if (c.id == id)
            return &c;
    return nullptr;
}

const ReportTranslation *Dataset::translation(Language language) const
{
    for (const ReportTranslation &t : translations)
        if (t.language == language && t.usable())
            return &t;
    return nullptr;
}

QString Dataset::translationProblem(Language language) const
{
    for (const ReportTranslation &t : translations)
        if (t.language == language)
            return t.problem;
    return {};
}

QList<int> Dataset::chartsShowing(QStringView figureId) const
{
    QList<int> result;
    for (int i = 0; i < charts.size(); ++i)
        for (const ChartItem &item : charts[i].items)
            if (item.figure == figureId) {
                result.append(i);
                break;
            }
    return result;
}

QString Dataset::sectionName(int section, Language language) const
{
    const QStringList headings = text.sectionHeadings();
    if (section < 0 || section >= headings.size())
        return {};
    if (language != Language::Chinese && section < report.sectionNames.size()) {
        const QString translated = report.sectionNames[section].text(language);
        if (!translated.isEmpty() && translated != headings[section])
            return translated;
    }
    return headings[section];
}

void Dataset::rebuildIndex()
{
    m_figureIndex.clear();
    for (int i = 0; i < figures.size(); ++i)
        m_figureIndex.insert(figures[i].id, i);
    m_chartIndex.clear();
    for (int i = 0; i < charts.size(); ++i)
        m_chartIndex.insert(charts[i].id, i);
}

} // namespace tongdao
