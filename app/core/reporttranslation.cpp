// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/reporttranslation.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace tongdao {

namespace {
struct TranslationText
{
    Q_DECLARE_TR_FUNCTIONS(tongdao::ReportTranslation)
};
} // namespace

QString ReportTranslation::paragraph(int i) const
{
    return i >= 0 && i < starts.size() ? text.mid(starts[i], paragraphLength(i)) : QString();
}

int ReportTranslation::paragraphLength(int i) const
{
    if (i < 0 || i >= starts.size())
        return 0;
    const int end = i + 1 < starts.size() ? starts[i + 1] - 1 : int(text.size());
    return end - starts[i];
}

int ReportTranslation::paragraphAt(int offset) const
{
    const auto it = std::upper_bound(starts.begin(), starts.end(), offset);
    const int i = int(it - starts.begin()) - 1;
    return i >= 0 && offset < starts[i] + paragraphLength(i) ? i : -1;
}

bool parseTranslationText(const QString &decoded, const QString &displayPath, ReportTranslation *out, LoadError *error)
{
    *error = LoadError{displayPath, {}, {}};
    const QStringList fileLines = decoded.split(QLatin1Char('\n'));
    QStringList paragraphs;
    QList<int> lines;
    QString current;
    int currentLine = 0;
    bool header = true;
    for (int i = 0; i < fileLines.size(); ++i) {
        QString line = fileLines[i];
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (header && line.startsWith(QLatin1Char('#')))
            continue; // comments only above the first paragraph: a '#' in a paragraph is text
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty()) {
            if (!current.isEmpty()) {
                paragraphs.append(current);
                lines.append(currentLine);
                current.clear();
            }
            continue;
        }
        header = false;
        if (current.isEmpty())
            currentLine = i + 1;
        current += (current.isEmpty() ? QString() : QStringLiteral(" ")) + trimmed;
    }
    if (!current.isEmpty()) {
        paragraphs.append(current);
        lines.append(currentLine);
    }
    if (paragraphs.isEmpty()) {
        error->message = TranslationText::tr("no paragraph: the translation is empty");
        return false;
    }
    // A paragraph twice is a paste gone wrong: one of the two is not the translation of its block.
    QHash<QString, int> seen;
    for (int i = 0; i < paragraphs.size(); ++i) {
        if (const auto it = seen.constFind(paragraphs[i]); it != seen.cend()) {
            error->place = QString::number(lines[i]);
            error->message = TranslationText::tr("paragraph %1 repeats paragraph %2 (line %3)")
                                 .arg(i + 1)
                                 .arg(it.value() + 1)
                                 .arg(lines[it.value()]);
            return false;
        }
        seen.insert(paragraphs[i], i);
    }
    out->text = paragraphs.join(QLatin1Char('\n'));
    out->starts.clear();
    int at = 0;
    for (const QString &p : std::as_const(paragraphs)) {
        out->starts.append(at);
        at += int(p.size()) + 1;
    }
    out->lines = lines;
    return true;
}

} // namespace tongdao
