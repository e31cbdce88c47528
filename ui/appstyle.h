// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProxyStyle>

namespace tongdao {

// Fusion, as the window draws itself in every theme. One change: the arrows of a menu bar or
// tool bar that overflows are read as the PNG files they are, and only when first drawn. Fusion
// adds them with QIcon::addFile, which offers each file to every installed image format plugin
// before its own PNG reader, loading all of those plugins at start-up (about 3 ms) for an arrow
// that shows only when a bar is too narrow for its items.
class AppStyle : public QProxyStyle
{
    Q_OBJECT

public:
    AppStyle();

    QIcon standardIcon(StandardPixmap standardIcon, const QStyleOption *option = nullptr,
                       const QWidget *widget = nullptr) const override;
};

} // namespace tongdao
