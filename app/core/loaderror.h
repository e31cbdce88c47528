// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace tongdao {

// What went wrong reading a file, and where: "data.json:12:5: expected ',' or '}'" for syntax,
// "data.json: figures[3].value: expected a number" for the schema.
struct LoadError
{
    // What a caller may act on: a text with no numbers (nothing to chart), or a dataset whose
    // text changed since it was saved (its quotes still found can be re-anchored: reanchor.h).
    enum class Kind { Invalid, NoNumbers, TextChanged };

    QString file;
    QString place; // "12:5" or "figures[3].value"; empty when the whole file is at fault
    QString message;
    Kind kind = Kind::Invalid;

    QString toString() const
    {
        if (place.isEmpty())
            return QString(file + QStringLiteral(": ") + message);
        return QString(file + QStringLiteral(": ") + place + QStringLiteral(": ") + message);
    }
};

} // namespace tongdao
