// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer harness: any bytes as a report's raw text. The normalizer must keep its promises
// (nothing lost or added, offset maps inverse) and the number scanners must stay in bounds.
#include "core/formula.h"
#include "core/latinnumberscanner.h"
#include "core/numberscanner.h"
#include "core/reporttext.h"

#include <cstdint>
#include <optional>

using namespace tongdao;

namespace {
void check(bool condition)
{
    if (!condition)
        __builtin_trap();
}

void checkMentions(QStringView text)
{
    for (const auto &all : {NumberScanner::scan(text), LatinNumberScanner::scan(text, Language::English),
                            LatinNumberScanner::scan(text, Language::Malay)}) {
        int after = 0;
        for (const NumberMention &m : all) {
            check(m.start >= after && m.length > 0 && m.start + m.length <= text.size());
            check(text.mid(m.start, m.length) == m.text);
            after = m.start + m.length;
        }
    }
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString raw = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const ReportText t = ReportText::fromRaw(raw);
    QList<int> hits(raw.size(), 0);
    for (int i = 0; i < t.reading().size(); ++i) {
        const int r = t.toRaw(i);
        if (r < 0) {
            check(t.reading().at(i).isSpace());
            continue;
        }
        check(r < raw.size() && raw.at(r) == t.reading().at(i));
        check(t.toReading(r) == i);
        ++hits[r];
    }
    for (int r = 0; r < raw.size(); ++r)
        check(raw.at(r).isSpace() ? hits[r] <= 1 : hits[r] == 1);
    for (const TextBlock &b : t.blocks())
        check(b.start >= 0 && b.start + b.length <= t.reading().size());
    checkMentions(raw);
    checkMentions(t.reading());
    if (!t.reading().isEmpty()) {
        const auto [s, len] = t.sentenceAt(int(t.reading().size()) / 2);
        check(s >= 0 && s + len <= t.reading().size());
        (void)t.sectionAt(int(t.reading().size()) - 1);
    }
    (void)NumberScanner::parseChineseNumeral(raw);
    if (const auto f = Formula::parse(raw.left(200), nullptr))
        (void)f->evaluate([](const QString &) { return std::optional<double>(1.0); });
    return 0;
}
