// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/language.h"
#include "core/numberscanner.h"
#include "core/period.h"
#include "core/reporttext.h"
#include "core/reporttranslation.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <functional>
#include <optional>

namespace tongdao {

// "{figure-id}" in callouts and formulas: the one definition of a reference to a figure.
// The ids referred to, each once, in order of first use.
QStringList figureReferences(QStringView text);
// The text with each reference replaced; where replacement returns a null string the reference stays.
QString replaceFigureReferences(const QString &text, const std::function<QString(const QString &id)> &replacement);

// Whether a quote speaks of what is still to come (将, 计划, " will "): a figure it states is scheduled.
bool quoteSpeaksOfFuture(QStringView quote);

// Whether a figure is a flow over its period, a running total up to its end, or a point in time.
enum class Measure { Period, Cumulative, Point };
QString measureId(Measure m);
std::optional<Measure> measureFromId(QStringView id);

// Whether what a figure states has happened, or is still to come (将举行: "will be held").
enum class FigureStatus { Reported, Scheduled };
QString figureStatusId(FigureStatus s); // "reported", "scheduled"
std::optional<FigureStatus> figureStatusFromId(QStringView id);

struct Category
{
    QString id;
    LocalizedText label;
};

// A figure's phrase in a translation of the report: declared like its quote, found by search in
// the paragraph that translates the quote's, never placed by hand.
struct TranslatedQuote
{
    QString quote;
    QString numeral; // empty for a derived figure
    // Computed at load time: offsets in the translation's text.
    int quoteStart = -1;
    int numeralStart = -1;
    int numeralLength = 0;
};

// One figure the report states (or one derived from figures it states), tied to its quote.
struct Figure
{
    QString id;
    QString category;
    LocalizedText label;
    double value = 0; // base units; for a date, the year (see date)
    QString unit;     // a unit id (units.h)
    QDate date;       // for unit "date": the date stated
    DatePrecision datePrecision = DatePrecision::Day;
    Period period;
    Qualifier qualifier = Qualifier::Exact;
    Measure measure = Measure::Period;
    FigureStatus status = FigureStatus::Reported;
    QString quote;           // verbatim from the reading text
    int quoteOccurrence = 0; // which occurrence (1-based) when the quote occurs more than once
    QString numeral;         // the expression in the quote the value comes from (not derived)

    // Undecided: a number of the text not yet decided (a draft's every number starts so). Its
    // label and category may be empty; it is never charted; its quote and numeral are checked.
    bool candidate = false;

    bool derived = false;
    QString formula; // e.g. "{a} - {b}"
    QStringList inputs;
    int roundDecimals = -1; // the derived value is compared after rounding to this many decimals

    // Computed at load time, never written by hand: offsets in the reading text.
    int quoteStart = -1;
    int quoteLength = 0;
    int numeralStart = -1;
    int numeralLength = 0;
    int section = -1; // the report section the quote is in (-1: before the first heading)

    std::array<TranslatedQuote, 3> translated; // by Language; Chinese, the original's, stays empty

    bool isDate() const { return unit == u"date"; }
    const TranslatedQuote &translation(Language language) const { return translated[size_t(language)]; }
    TranslatedQuote &translation(Language language) { return translated[size_t(language)]; }
};

enum class ChartKind { Bar, HorizontalBar, Pie, Timeline, Facts };
QString chartKindId(ChartKind kind);
std::optional<ChartKind> chartKindFromId(QStringView id);

struct ChartItem
{
    QString figure;
    LocalizedText label; // the bar's label; the figure's label when empty
    // What the figure counts, where items of one chart count different things (the projects signed
    // through one platform, the major projects at one ceremony). Drawn with the item.
    LocalizedText scope;
};

struct ChartSpec
{
    QString id;
    QString category;
    ChartKind kind = ChartKind::Bar;
    LocalizedText title;
    LocalizedText subtitle;
    LocalizedText categoryAxis;
    LocalizedText valueAxis;
    QList<ChartItem> items;
    // Texts shown with the chart; {figure-id} is replaced by that figure's value.
    QList<LocalizedText> callouts;
    LocalizedText note;
    QString noteQuote;

    // Computed: every section its figures (plotted or named in callouts) and its note are quoted
    // from, in the report's order; -1 stands for the opening, before the first heading.
    QList<int> sections;

    // The figures the chart plots, then those its callouts name: its rows in the data table.
    QStringList figureIds() const;
    // True when its items count different things: each then carries and shows its scope.
    bool mixesScopes() const;
};

// A number in the text deliberately left out of the charts, with the reason.
struct UnchartedNumber
{
    QString text;
    LocalizedText reason;
};

struct ReportInfo
{
    QString textPath; // as written in the dataset, relative to its folder
    // The report's own language (Chinese or English): its scanner reads the numbers, and figure
    // labels need this language (the others may be empty).
    Language language = Language::Chinese;
    QString textHash;   // "sha256:<hex>" of the text file's bytes; empty when the dataset has none
    QString textSource; // computed, never written: the text file as read (the loader's, the draft's)
    int year = 0;       // the year of "今年" and of dates written without one
    QString published;  // ISO month or date of publication
    LocalizedText publication;
    QList<LocalizedText> sectionNames; // translations of the section headings, in order
};

// A report's text, its figures and its charts, validated.
class Dataset
{
public:
    QString sourcePath;
    int schemaVersion = 0;
    ReportInfo report;
    ReportText text;
    QList<Category> categories;
    QList<Figure> figures;
    QList<ChartSpec> charts;
    QList<UnchartedNumber> uncharted;
    // Tongdao's translations of the text; each checked at load time and refused (problem set, the
    // dataset still loads) when it fails a check.
    QList<ReportTranslation> translations;

    int figureIndex(QStringView id) const { return m_figureIndex.value(id.toString(), -1); }
    const Figure *figure(QStringView id) const;
    int chartIndex(QStringView id) const { return m_chartIndex.value(id.toString(), -1); }
    const ChartSpec *chart(QStringView id) const;
    const Category *category(QStringView id) const;
    // The checked translation into a language, nullptr when there is none or it was refused.
    const ReportTranslation *translation(Language language) const;
    // Why a translation into a language was refused; empty when it was not, or there is none.
    QString translationProblem(Language language) const;
    // Charts that show a figure.
    QList<int> chartsShowing(QStringView figureId) const;
    // The section heading (Chinese) and its translation.
    QString sectionName(int section, Language language) const;

    // The id → index hashes; after figures or charts were added, removed or renamed.
    void rebuildIndex();

private:
    QHash<QString, int> m_figureIndex;
    QHash<QString, int> m_chartIndex;
};

} // namespace tongdao
