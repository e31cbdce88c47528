// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to the dataset loader: a figure, a chart and an id, read from their JSON objects.
#pragma once

#include "core/dataset.h"
#include "core/jsonfields.h"

namespace tongdao::detail {

// An id: 1–64 lower-case letters, digits and hyphens.
QString checkedId(const Fields &f, const QString &key);
// A figure of a report in the given language: a decided figure's label needs that language.
Figure readFigure(const QJsonValue &value, const QString &path, Language language);
ChartSpec readChart(const QJsonValue &value, const QString &path, Language language);

} // namespace tongdao::detail
