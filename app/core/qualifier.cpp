// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/qualifier.h"

#include <array>

namespace tongdao {

namespace {

enum class Side { None, Above, Below };

struct Parts
{
    bool approximate;
    Side side;
};

Parts split(Qualifier q)
{
    switch (q) {
    case Qualifier::Exact:
        return {false, Side::None};
    case Qualifier::Approximate:
        return {true, Side::None};
    case Qualifier::MoreThan:
        return {false, Side::Above};
    case Qualifier::LessThan:
        return {false, Side::Below};
    case Qualifier::AboutAtLeast:
        return {true, Side::Above};
    case Qualifier::AboutAtMost:
        return {true, Side::Below};
    }
    return {false, Side::None};
}

Qualifier join(Parts p)
{
    switch (p.side) {
    case Side::None:
        return p.approximate ? Qualifier::Approximate : Qualifier::Exact;
    case Side::Above:
        return p.approximate ? Qualifier::AboutAtLeast : Qualifier::MoreThan;
    case Side::Below:
        return p.approximate ? Qualifier::AboutAtMost : Qualifier::LessThan;
    }
    return Qualifier::Exact;
}

Side turned(Side s)
{
    return s == Side::Above ? Side::Below : s == Side::Below ? Side::Above : Side::None;
}

constexpr std::array<Qualifier, 6> all{Qualifier::Exact,    Qualifier::Approximate,  Qualifier::MoreThan,
                                       Qualifier::LessThan, Qualifier::AboutAtLeast, Qualifier::AboutAtMost};

} // namespace

QString qualifierId(Qualifier q)
{
    switch (q) {
    case Qualifier::Exact:
        return QStringLiteral("exact");
    case Qualifier::Approximate:
        return QStringLiteral("approximate");
    case Qualifier::MoreThan:
        return QStringLiteral("more-than");
    case Qualifier::LessThan:
        return QStringLiteral("less-than");
    case Qualifier::AboutAtLeast:
        return QStringLiteral("about-at-least");
    case Qualifier::AboutAtMost:
        return QStringLiteral("about-at-most");
    }
    return {};
}

std::optional<Qualifier> qualifierFromId(QStringView id)
{
    for (Qualifier q : all)
        if (qualifierId(q) == id)
            return q;
    return std::nullopt;
}

std::optional<Qualifier> combine(Qualifier a, Operation op, Qualifier b)
{
    const Parts x = split(a);
    Parts y = split(b);
    if (op == Operation::Subtract || op == Operation::Divide)
        y.side = turned(y.side);
    Side side = x.side == Side::None ? y.side : x.side;
    if (x.side != Side::None && y.side != Side::None && x.side != y.side)
        return std::nullopt;
    return join({x.approximate || y.approximate, side});
}

Qualifier rounded(Qualifier q)
{
    Parts p = split(q);
    p.approximate = true;
    return join(p);
}

} // namespace tongdao
