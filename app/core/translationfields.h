// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to the dataset loader: the parts of a dataset that concern its translations.
#pragma once

#include "core/dataset.h"
#include "core/jsonfields.h"

namespace tongdao::detail {

// report.translations: {"en": {"text": "report.en.txt", "notInTranslation": [...], "notInOriginal": [...]}}.
QList<ReportTranslation> readTranslations(const Fields &report);
// figures[i].translation: {"en": {"quote": "…", "numeral": "…"}, "ms": {…}}; a derived figure has no numeral.
void readFigureTranslation(const Fields &figure, Figure *fig);

} // namespace tongdao::detail
