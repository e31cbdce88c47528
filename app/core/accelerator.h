// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace tongdao {

// A menu or label text as a button, tooltip or message shows it: without its accelerator ("&Open",
// "打开(&O)") or "…".
QString withoutAccelerator(QString text);

} // namespace tongdao
