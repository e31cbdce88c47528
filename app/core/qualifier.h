// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace tongdao {

// How a text qualifies a number: 约 (about), 逾/余/超/多 (more than), 不足 (less than). The last two
// are never written by a report; they are what arithmetic on approximate bounds yields.
enum class Qualifier {
    Exact,
    Approximate,  // 约: about
    MoreThan,     // 逾: the true value is above
    LessThan,     // 不足: the true value is below
    AboutAtLeast, // about the value, or more
    AboutAtMost,  // about the value, or less
};

QString qualifierId(Qualifier q); // "exact", "approximate", "more-than", "less-than", "about-at-least", "about-at-most"
std::optional<Qualifier> qualifierFromId(QStringView id);

// The qualifier of a result computed from qualified operands, for positive quantities (counts
// and amounts; the loader refuses negative ones). A qualifier is two things: whether the value is
// approximate, and which side the true value may lie on (none, above, below).
//   approximate: the result is approximate when either operand is.
//   side, a + b and a × b: the sides agree (none + above = above; above + above = above);
//   side, a − b and a ÷ b: b's side turns over first (exact − more-than = less-than);
//   opposite sides (above + below) say nothing: nullopt, and a formula with them is refused.
// So: exact ∘ exact = exact; about ∘ exact = about; about − more-than = about, at most;
// more-than + more-than = more-than; more-than − more-than = nullopt.
enum class Operation { Add, Subtract, Multiply, Divide };
std::optional<Qualifier> combine(Qualifier a, Operation op, Qualifier b);
// A value rounded to fewer digits than it has: exact becomes about; a bound becomes about a bound.
Qualifier rounded(Qualifier q);

} // namespace tongdao
