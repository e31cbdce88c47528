<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ChartSummary</name>
    <message>
        <source>%1 Derived: %2</source>
        <comment>a derived figure&apos;s quote, then its formula</comment>
        <translation>%1 推算：%2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>an item of a chart summary: label, value</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the items of a chart summary</comment>
        <translation>；</translation>
    </message>
    <message>
        <source>Bar chart, one bar: %1.</source>
        <translation>柱状图，1 根柱：%1。</translation>
    </message>
    <message>
        <source>Bar chart, %1 bars: %2.</source>
        <translation>柱状图，%1 根柱：%2。</translation>
    </message>
    <message>
        <source>Pie chart, one slice: %1.</source>
        <translation>饼图，1 个扇区：%1。</translation>
    </message>
    <message>
        <source>Pie chart, %1 slices: %2.</source>
        <translation>饼图，%1 个扇区：%2。</translation>
    </message>
    <message>
        <source>Timeline, one event: %1.</source>
        <translation>时间线，1 个事件：%1。</translation>
    </message>
    <message>
        <source>Timeline, %1 events: %2.</source>
        <translation>时间线，%1 个事件：%2。</translation>
    </message>
    <message>
        <source>Key figures, one figure: %1.</source>
        <translation>关键数据，1 个数据项：%1。</translation>
    </message>
    <message>
        <source>Key figures, %1 figures: %2.</source>
        <translation>关键数据，%1 个数据项：%2。</translation>
    </message>
</context>
<context>
    <name>tongdao::AppSettings</name>
    <message>
        <source>The settings file %1 could not be read; Tongdao started with its defaults.</source>
        <translation>无法读取设置文件 %1；Tongdao 已使用默认设置启动。</translation>
    </message>
    <message>
        <source>The settings file %1 was damaged; Tongdao started with its defaults.</source>
        <translation>设置文件 %1 已损坏，Tongdao 已使用默认设置启动。</translation>
    </message>
    <message>
        <source>The damaged file is kept as %1.</source>
        <translation>损坏的文件已保留为 %1。</translation>
    </message>
</context>
<context>
    <name>tongdao::Application</name>
    <message>
        <source>tongdao: no display (neither DISPLAY nor WAYLAND_DISPLAY is set); to export charts without one, run: tongdao --export-charts DIR</source>
        <translation>tongdao：没有可用的显示环境（DISPLAY 和 WAYLAND_DISPLAY 均未设置）；如需在无显示环境下导出图表，请运行：tongdao --export-charts DIR</translation>
    </message>
    <message>
        <source>Cannot open the report</source>
        <translation>无法打开报道</translation>
    </message>
    <message>
        <source>no installed font covers Chinese; install fonts-noto-cjk</source>
        <translation>没有已安装的字体支持中文；请安装 fonts-noto-cjk</translation>
    </message>
</context>
<context>
    <name>tongdao::ChartDataModel</name>
    <message>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Stated in the report</source>
        <translation>报道原文所载</translation>
    </message>
    <message>
        <source>Derived from stated figures</source>
        <translation>由原文所载数据项推算</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
</context>
<context>
    <name>tongdao::ChartEditor</name>
    <message>
        <source>Edit chart %1</source>
        <translation>编辑图表 %1</translation>
    </message>
    <message>
        <source>Bars</source>
        <translation>柱状图</translation>
    </message>
    <message>
        <source>Horizontal bars</source>
        <translation>条形图</translation>
    </message>
    <message>
        <source>Donut</source>
        <translation>环形图</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>Fact tiles</source>
        <translation>数据卡片</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>类型(&amp;K)</translation>
    </message>
    <message>
        <source>Categor&amp;y</source>
        <translation>类别(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>标题(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Subtitle</source>
        <translation>副标题(&amp;S)</translation>
    </message>
    <message>
        <source>Category a&amp;xis</source>
        <translation>类别轴(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Value axis</source>
        <translation>数值轴(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>注释(&amp;N)</translation>
    </message>
    <message>
        <source>Item &amp;label</source>
        <translation>条目标签(&amp;L)</translation>
    </message>
    <message>
        <source>Item sc&amp;ope</source>
        <translation>条目口径(&amp;O)</translation>
    </message>
    <message>
        <source>Figures plotted, in order</source>
        <translation>图中的数据项（按顺序）</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>The figure&apos;s label</source>
        <translation>数据项的标签</translation>
    </message>
    <message>
        <source>What this item counts, where items count different things</source>
        <translation>各条目统计对象不同时，说明此条目统计的是什么</translation>
    </message>
    <message>
        <source>New chart %1</source>
        <translation>新建图表 %1</translation>
    </message>
    <message>
        <source>Remove chart %1</source>
        <translation>删除图表 %1</translation>
    </message>
    <message>
        <source>Add %1 to chart %2</source>
        <translation>将 %1 添加到图表 %2</translation>
    </message>
    <message>
        <source>Reorder chart %1</source>
        <translation>调整图表 %1 的顺序</translation>
    </message>
    <message>
        <source>Remove an item of chart %1</source>
        <translation>移除图表 %1 的一个条目</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>A decided figure to add to the chart</source>
        <translation>要添加到图表中的已定数据项</translation>
    </message>
</context>
<context>
    <name>tongdao::ChartModel</name>
    <message>
        <source>Chart</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
</context>
<context>
    <name>tongdao::ChartPane</name>
    <message>
        <source>Chart</source>
        <translation>图表</translation>
    </message>
</context>
<context>
    <name>tongdao::ChartRenderer</name>
    <message>
        <source>size %1x%2 is not allowed: width and height must be from %3 to %4 pixels</source>
        <translation>不允许的尺寸%1x%2：宽度和高度必须在%3到%4像素之间</translation>
    </message>
    <message>
        <source>scale %1 is not allowed: use 1, 2 or 3</source>
        <translation>不允许的缩放倍数%1：请使用1、2或3</translation>
    </message>
    <message>
        <source>%1x%2 at scale %3 is more than %4 million pixels</source>
        <translation>%1x%2在%3倍缩放下超过%4百万像素</translation>
    </message>
    <message>
        <source>a transparent background is for PNG and SVG only</source>
        <translation>透明背景仅适用于 PNG 和 SVG</translation>
    </message>
    <message>
        <source>the PDF writer could not start</source>
        <translation>无法启动 PDF 写入器</translation>
    </message>
    <message>
        <source>cancelled after an earlier failure</source>
        <translation>因之前的失败而取消</translation>
    </message>
</context>
<context>
    <name>tongdao::ChartSeriesProxy</name>
    <message>
        <source>Slice</source>
        <translation>扇区</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>泳道</translation>
    </message>
    <message>
        <source>%1 (derived)</source>
        <comment>a bar set: the scope of its figures, derived from stated ones</comment>
        <translation>%1（推算）</translation>
    </message>
</context>
<context>
    <name>tongdao::CommandLine</name>
    <message>
        <source>Tongdao shows the figures of a report as charts tied to the sentences that state them.</source>
        <translation>Tongdao 将报道中的数据项绘制成图表，并把每个数据项与陈述它的句子关联起来。</translation>
    </message>
    <message>
        <source>Open another report in the same schema.</source>
        <translation>打开另一篇采用相同架构的报道。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Interface and export language: en, zh_CN or ms.</source>
        <translation>界面和导出语言：en、zh_CN 或 ms。</translation>
    </message>
    <message>
        <source>code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Print one line per chart: &lt;id&gt;&lt;TAB&gt;&lt;title&gt;.</source>
        <translation>每个图表输出一行：&lt;编号&gt;&lt;TAB&gt;&lt;标题&gt;。</translation>
    </message>
    <message>
        <source>Write every figure with its quote as CSV (or JSON) to a file, - for standard output.</source>
        <translation>将每个数据项及其原文引语以 CSV（或 JSON）格式写入文件；文件名为 - 时写到标准输出。</translation>
    </message>
    <message>
        <source>Format of --export-data: csv or json.</source>
        <translation>--export-data 的格式：csv 或 json。</translation>
    </message>
    <message>
        <source>format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Export charts into a folder, without a display.</source>
        <translation>在无显示环境下将图表导出到文件夹。</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>Chart file format: png, jpg, svg or pdf.</source>
        <translation>图表文件格式：png、jpg、svg 或 pdf。</translation>
    </message>
    <message>
        <source>Chart size in pixels, WxH (default 1600x900).</source>
        <translation>图表尺寸（像素），格式为宽x高（默认1600x900）。</translation>
    </message>
    <message>
        <source>WxH</source>
        <translation>宽x高</translation>
    </message>
    <message>
        <source>Scale of raster charts: 1, 2 or 3.</source>
        <translation>位图图表的缩放倍数：1、2或3。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Chart theme: light, dark or transparent.</source>
        <translation>图表主题：light、dark 或 transparent。</translation>
    </message>
    <message>
        <source>theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Export only this chart (repeatable).</source>
        <translation>仅导出此图表（可多次指定）。</translation>
    </message>
    <message>
        <source>id</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Overwrite existing files.</source>
        <translation>覆盖已有文件。</translation>
    </message>
    <message>
        <source>Open the window, print first-frame-ms and exit.</source>
        <translation>打开窗口，输出 first-frame-ms 后退出。</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;; see --help</source>
        <translation>多余的参数 &quot;%1&quot;；请参阅 --help</translation>
    </message>
    <message>
        <source>unknown language &quot;%1&quot;, expected en, zh_CN or ms</source>
        <translation>未知语言 &quot;%1&quot;，应为 en、zh_CN 或 ms</translation>
    </message>
    <message>
        <source>unknown data format &quot;%1&quot;, expected csv or json</source>
        <translation>未知数据格式 &quot;%1&quot;，应为 csv 或 json</translation>
    </message>
    <message>
        <source>missing: %1 (at %2): %3</source>
        <translation>遗漏：%1（位置%2）：%3</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;, expected png, jpg, svg or pdf</source>
        <translation>未知格式 &quot;%1&quot;，应为 png、jpg、svg 或 pdf</translation>
    </message>
    <message>
        <source>size &quot;%1&quot; is not WxH, e.g. 1600x900</source>
        <translation>尺寸 &quot;%1&quot; 不符合宽x高格式，例如1600x900</translation>
    </message>
    <message>
        <source>scale &quot;%1&quot; is not allowed: use 1, 2 or 3</source>
        <translation>不允许的缩放倍数 &quot;%1&quot;：请使用1、2或3</translation>
    </message>
    <message>
        <source>unknown theme &quot;%1&quot;, expected light, dark or transparent</source>
        <translation>未知主题 &quot;%1&quot;，应为 light、dark 或 transparent</translation>
    </message>
    <message>
        <source>%1 exists; not overwritten (use --force to replace it)</source>
        <translation>%1 已存在，未覆盖（使用 --force 可替换）</translation>
    </message>
    <message>
        <source>cannot write to standard output</source>
        <translation>无法写入标准输出</translation>
    </message>
    <message>
        <source>the translation is not used, the original is: %1</source>
        <translation>未使用译文，使用原文：%1</translation>
    </message>
    <message>
        <source>List the numbers of the text that no figure covers and no reason excuses; count those still undecided.</source>
        <translation>列出正文中既未被任何数据项覆盖、也未注明不制图理由的数字；并统计仍待定的数字。</translation>
    </message>
    <message>
        <source>Draft a dataset from a plain-text report (UTF-8 or GB18030, Chinese or English): every number becomes an undecided figure. Needs --output.</source>
        <translation>根据纯文本报道（UTF-8 或 GB18030，中文或英文）起草数据集：每个数字都成为一个待定的数据项。需同时指定 --output。</translation>
    </message>
    <message>
        <source>Where --draft-dataset writes the dataset; in another folder, the report&apos;s text is copied beside it.</source>
        <translation>--draft-dataset 写入数据集的位置；若在另一个文件夹中，报道正文会被复制到数据集旁边。</translation>
    </message>
    <message>
        <source>choose one of --list-charts, --export-data, --export-charts, --coverage, --draft-dataset and --measure-startup</source>
        <translation>--list-charts、--export-data、--export-charts、--coverage、--draft-dataset 和 --measure-startup 只能选择其中一个</translation>
    </message>
    <message>
        <source>--draft-dataset needs --output and the file to write</source>
        <translation>--draft-dataset 需要 --output 及要写入的文件</translation>
    </message>
    <message>
        <source>--output goes with --draft-dataset</source>
        <translation>--output 只能与 --draft-dataset 一起使用</translation>
    </message>
    <message>
        <source>found %1, covered %2, uncharted %3, undecided %4, missing %5</source>
        <translation>找到%1个，已覆盖%2个，不制图%3个，待定%4个，遗漏%5个</translation>
    </message>
</context>
<context>
    <name>tongdao::DataExport</name>
    <message>
        <source>quoteTranslation is Tongdao&apos;s translation of quote; the Chinese original is authoritative.</source>
        <translation>quoteTranslation 为 Tongdao 对 quote 的翻译；以中文原文为准。</translation>
    </message>
</context>
<context>
    <name>tongdao::DataTablePane</name>
    <message>
        <source>Chart data</source>
        <translation>图表数据</translation>
    </message>
    <message>
        <source>The figures of the chart shown, each with the quote that states it</source>
        <translation>当前图表中的数据项，每个数据项均附有陈述它的原文引语</translation>
    </message>
</context>
<context>
    <name>tongdao::DatasetLoader</name>
    <message>
        <source>&quot;%1&quot; is not an id: expected 1–64 lower-case letters, digits and hyphens</source>
        <translation>&quot;%1&quot; 不是有效的编号：应由1–64个小写字母、数字和连字符组成</translation>
    </message>
    <message>
        <source>unknown unit &quot;%1&quot;, expected one of: %2</source>
        <translation>未知单位 &quot;%1&quot;，应为以下之一：%2</translation>
    </message>
    <message>
        <source>expected a date as YYYY-MM-DD, YYYY-MM or YYYY, got &quot;%1&quot;</source>
        <translation>应为 YYYY-MM-DD、YYYY-MM 或 YYYY 格式的日期，实际为 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 is out of range, expected at most %2 in magnitude</source>
        <translation>%1超出范围，绝对值不得超过%2</translation>
    </message>
    <message>
        <source>%1 is negative, expected a count or amount of 0 or more</source>
        <translation>%1为负数，数量或金额应大于或等于0</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a period: expected YYYY[-MM[-DD]], START/END or /END</source>
        <translation>&quot;%1&quot; 不是有效的时期：应为 YYYY[-MM[-DD]]、START/END 或 /END</translation>
    </message>
    <message>
        <source>unknown measure &quot;%1&quot;, expected period, cumulative or point</source>
        <translation>未知度量类型 &quot;%1&quot;，应为 period、cumulative 或 point</translation>
    </message>
    <message>
        <source>expected a figure id, got %1</source>
        <translation>应为数据项编号，实际为%1</translation>
    </message>
    <message>
        <source>a derived figure has no numeral of its own; remove the field</source>
        <translation>推算的数据项在原文中没有对应的数字；请删除该字段</translation>
    </message>
    <message>
        <source>unknown chart kind &quot;%1&quot;, expected bar, hbar, pie, timeline or facts</source>
        <translation>未知图表类型 &quot;%1&quot;，应为 bar、hbar、pie、timeline 或 facts</translation>
    </message>
    <message>
        <source>expected at least one figure</source>
        <translation>应至少包含一个数据项</translation>
    </message>
    <message>
        <source>expected &quot;tongdao-dataset&quot;</source>
        <translation>应为 &quot;tongdao-dataset&quot;</translation>
    </message>
    <message>
        <source>unsupported schema version %1, this Tongdao reads version %2</source>
        <translation>不支持的架构版本%1，此版本的 Tongdao 只能读取版本%2</translation>
    </message>
    <message>
        <source>expected a date as YYYY-MM-DD or YYYY-MM</source>
        <translation>应为 YYYY-MM-DD 或 YYYY-MM 格式的日期</translation>
    </message>
    <message>
        <source>%1 figures, more than the limit of %2</source>
        <translation>共%1个数据项，超过上限%2个</translation>
    </message>
    <message>
        <source>%1 charts, more than the limit of %2</source>
        <translation>共%1个图表，超过上限%2个</translation>
    </message>
    <message>
        <source>the file is empty, expected a JSON object</source>
        <translation>文件为空，应为 JSON 对象</translation>
    </message>
    <message>
        <source>malformed JSON: %1</source>
        <translation>JSON 格式错误：%1</translation>
    </message>
    <message>
        <source>expected a JSON object at the top level, got an array</source>
        <translation>顶层应为 JSON 对象，实际为数组</translation>
    </message>
    <message>
        <source>expected a path relative to the dataset&apos;s folder, inside it</source>
        <translation>应为相对于数据集所在文件夹、且位于该文件夹内的路径</translation>
    </message>
    <message>
        <source>the report text is empty</source>
        <translation>报道正文为空</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in the quote “%2”</source>
        <translation>&quot;%1&quot; 不在引语“%2”中</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one whole number expression of the quote</source>
        <translation>&quot;%1&quot; 不是引语中一个完整的数字表述</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date</source>
        <translation>&quot;%1&quot; 不是日期</translation>
    </message>
    <message>
        <source>the text says %1, the value says %2</source>
        <translation>正文中为%1，value 字段为%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a quantity in %2</source>
        <translation>&quot;%1&quot; 不是以 %2 为单位的数量</translation>
    </message>
    <message>
        <source>%1 does not match the text, which says %2 (&quot;%3&quot;)</source>
        <translation>%1与正文不符，正文为%2（&quot;%3&quot;）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not fit the text&apos;s measure word &quot;%2&quot;</source>
        <translation>&quot;%1&quot; 与正文中的量词 &quot;%2&quot; 不符</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not match the text, which says %2 (&quot;%3&quot;)</source>
        <translation>&quot;%1&quot; 与正文不符，正文为 %2（&quot;%3&quot;）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; depends on itself through its inputs (a cycle)</source>
        <translation>&quot;%1&quot; 通过其输入项依赖于自身（循环依赖）</translation>
    </message>
    <message>
        <source>expected exactly the figures the formula uses: %1</source>
        <translation>应恰好列出公式所用的数据项：%1</translation>
    </message>
    <message>
        <source>unknown figure &quot;%1&quot;</source>
        <translation>未知数据项 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a date, expected a number</source>
        <translation>&quot;%1&quot; 是日期，应为数字</translation>
    </message>
    <message>
        <source>the formula has no finite result</source>
        <translation>公式没有有限的计算结果</translation>
    </message>
    <message>
        <source>%1 does not match its formula, which gives %2</source>
        <translation>%1与其公式不符，公式结果为%2</translation>
    </message>
    <message>
        <source>unknown category &quot;%1&quot;</source>
        <translation>未知类别 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a timeline shows dates; &quot;%1&quot; is not one</source>
        <translation>时间线只显示日期；&quot;%1&quot; 不是日期</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a date; only a timeline shows dates</source>
        <translation>&quot;%1&quot; 是日期；只有时间线才能显示日期</translation>
    </message>
    <message>
        <source>unit &quot;%1&quot; differs from &quot;%2&quot;: one chart never mixes units</source>
        <translation>单位 &quot;%1&quot; 与 &quot;%2&quot; 不同：同一图表不能混用单位</translation>
    </message>
    <message>
        <source>unknown figure &quot;{%1}&quot;</source>
        <translation>未知数据项 &quot;{%1}&quot;</translation>
    </message>
    <message>
        <source>duplicate id &quot;%1&quot;</source>
        <translation>编号 &quot;%1&quot; 重复</translation>
    </message>
    <message>
        <source>duplicate id &quot;%1&quot;, first used by figures[%2]</source>
        <translation>编号 &quot;%1&quot; 重复，已首先用于 figures[%2]</translation>
    </message>
    <message>
        <source>“%1” is not in the report text</source>
        <translation>“%1”不在报道正文中</translation>
    </message>
    <message>
        <source>the quote occurs only %1 times</source>
        <translation>该引语只出现了%1次</translation>
    </message>
    <message>
        <source>expected an object, got %1</source>
        <translation>应为对象，实际为%1</translation>
    </message>
    <message>
        <source>missing required field &quot;%1&quot;</source>
        <translation>缺少必填字段 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected a string, got %1</source>
        <translation>应为字符串，实际为%1</translation>
    </message>
    <message>
        <source>expected a non-empty string</source>
        <translation>应为非空字符串</translation>
    </message>
    <message>
        <source>expected a number, got %1</source>
        <translation>应为数字，实际为%1</translation>
    </message>
    <message>
        <source>expected a finite number</source>
        <translation>应为有限数</translation>
    </message>
    <message>
        <source>expected a whole number from %1 to %2</source>
        <translation>应为%1到%2之间的整数</translation>
    </message>
    <message>
        <source>expected an array, got %1</source>
        <translation>应为数组，实际为%1</translation>
    </message>
    <message>
        <source>unknown field, expected one of: %1</source>
        <translation>未知字段，应为以下之一：%1</translation>
    </message>
    <message>
        <source>nested deeper than the limit of %1 levels</source>
        <translation>嵌套深度超过%1层的上限</translation>
    </message>
    <message>
        <source>string of %1 characters, more than the limit of %2</source>
        <translation>字符串长度为%1个字符，超过上限%2个</translation>
    </message>
    <message>
        <source>null</source>
        <comment>a JSON type, as in: expected a string, got null</comment>
        <translation>null</translation>
    </message>
    <message>
        <source>a boolean</source>
        <comment>a JSON type, as in: expected a string, got a boolean</comment>
        <translation>布尔值</translation>
    </message>
    <message>
        <source>a number</source>
        <comment>a JSON type, as in: expected a string, got a number</comment>
        <translation>数字</translation>
    </message>
    <message>
        <source>a string</source>
        <comment>a JSON type, as in: expected a number, got a string</comment>
        <translation>字符串</translation>
    </message>
    <message>
        <source>an array</source>
        <comment>a JSON type, as in: expected an object, got an array</comment>
        <translation>数组</translation>
    </message>
    <message>
        <source>an object</source>
        <comment>a JSON type, as in: expected an array, got an object</comment>
        <translation>对象</translation>
    </message>
    <message>
        <source>nothing</source>
        <comment>a JSON type, as in: expected a string, got nothing</comment>
        <translation>空值</translation>
    </message>
    <message>
        <source>label &quot;%1&quot; (%2) repeats another bar&apos;s; each bar needs its own</source>
        <translation>标签 &quot;%1&quot;（%2）与另一柱形重复；每个柱形须有自己的标签</translation>
    </message>
    <message>
        <source>the quotes cannot be located in reasonable time: the text or the quotes are too repetitive</source>
        <translation>无法在合理时间内定位引语：正文或引语重复过多</translation>
    </message>
    <message>
        <source>“%1” occurs more than once in the text; lengthen it or add &quot;occurrence&quot;</source>
        <translation>“%1”在正文中出现多次；请加长引语或添加 &quot;occurrence&quot;</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>（顶层）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already plotted in this chart</source>
        <translation>&quot;%1&quot; 已在本图表中绘出</translation>
    </message>
    <message>
        <source>unknown qualifier &quot;%1&quot;, expected exact, approximate, more-than, less-than, about-at-least or about-at-most</source>
        <translation>未知限定词 &quot;%1&quot;，应为 exact、approximate、more-than、less-than、about-at-least 或 about-at-most</translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot;, expected reported or scheduled</source>
        <translation>未知状态 &quot;%1&quot;，应为 reported 或 scheduled</translation>
    </message>
    <message>
        <source>its inputs are bounds on opposite sides (more than and less than): no qualifier follows, so the figure cannot be derived</source>
        <translation>其输入数据项分别是方向相反的界限（超过与不足）：无法得出限定词，因此不能推算该数据项</translation>
    </message>
    <message>
        <source>&quot;%1&quot;, but its inputs make it &quot;%2&quot;</source>
        <translation>标为 &quot;%1&quot;，但按其输入数据项应为 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>a derived figure quotes all its inputs; “%1” of &quot;%2&quot; is not in it</source>
        <translation>推算数据项须引用其全部输入数据项；&quot;%2&quot; 的“%1”不在引语中</translation>
    </message>
    <message>
        <source>the quote speaks of what is still to come; expected &quot;scheduled&quot;</source>
        <translation>引语所述尚未发生；应为 &quot;scheduled&quot;</translation>
    </message>
    <message>
        <source>&quot;scheduled&quot;, but the quote does not say that it is still to come</source>
        <translation>标为 &quot;scheduled&quot;，但引语未说明尚未发生</translation>
    </message>
    <message>
        <source>another item of this chart has a scope, this one has none (%1); items that count different things each say what they count</source>
        <translation>本图表另有条目注明了统计口径，此条目没有（%1）；统计口径不同的条目须各自注明口径</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language Tongdao translates into: expected en or ms</source>
        <translation>&quot;%1&quot; 不是 Tongdao 翻译的目标语言：应为 en 或 ms</translation>
    </message>
    <message>
        <source>expected an object of translations by language, got %1</source>
        <translation>应为按语言列出译文的对象，实际为%1</translation>
    </message>
    <message>
        <source>expected an object of phrases by language, got %1</source>
        <translation>应为按语言列出译语的对象，实际为%1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language Tongdao reads reports in: expected zh_CN or en</source>
        <translation>&quot;%1&quot; 不是 Tongdao 能读取的报道语言：应为 zh_CN 或 en</translation>
    </message>
    <message>
        <source>expected &quot;sha256:&quot; and 64 lower-case hexadecimal digits</source>
        <translation>应为 &quot;sha256:&quot; 加 64 位小写十六进制数字</translation>
    </message>
    <message>
        <source>translations are read for a Chinese report only</source>
        <translation>只有中文报道才读取译文</translation>
    </message>
    <message>
        <source>the text %1 changed since the dataset was saved (its SHA-256 differs); the quotes still found in it can be re-anchored</source>
        <translation>正文 %1 自数据集保存以来已被修改（其 SHA-256 不同）；仍能在其中找到的引语可以重新定位</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a period: expected the unit &quot;date&quot;</source>
        <translation>&quot;%1&quot; 是一个时期：单位应为 &quot;date&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a candidate, still undecided: decide it before charting it</source>
        <translation>&quot;%1&quot; 是候选数据项，仍为待定：请先决定，再制成图表</translation>
    </message>
    <message>
        <source>a derived figure is computed from decided figures, never a candidate</source>
        <translation>推算数据项由已决定的数据项计算得出，不能是候选数据项</translation>
    </message>
    <message>
        <source>expected true or false, got %1</source>
        <translation>应为 true 或 false，实际为%1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is still undecided: decide it before deriving from it</source>
        <translation>&quot;%1&quot; 仍为待定：请先决定，再据以推算</translation>
    </message>
</context>
<context>
    <name>tongdao::DatasetWriter</name>
    <message>
        <source>%1 exists; not overwritten</source>
        <translation>%1 已存在，未覆盖</translation>
    </message>
    <message>
        <source>%1: the report&apos;s text &quot;%2&quot; is not a path inside the dataset&apos;s folder</source>
        <translation>%1：报道正文 &quot;%2&quot; 不是数据集所在文件夹内的路径</translation>
    </message>
    <message>
        <source>%1: the dataset does not say where its text is</source>
        <translation>%1：数据集未说明其正文在哪里</translation>
    </message>
    <message>
        <source>%1: the text changed since it was read; the dataset is not written</source>
        <translation>%1：正文自读取以来已被修改；未写入数据集</translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1：无法创建文件夹</translation>
    </message>
    <message>
        <source>%1 exists and is not the file the dataset refers to; not overwritten</source>
        <translation>%1 已存在，且不是数据集所引用的文件；未覆盖</translation>
    </message>
    <message>
        <source>%1 is the report&apos;s text or a translation; the dataset is not written over it</source>
        <translation>%1 是报道的文本或译文；数据集不会写在它上面</translation>
    </message>
</context>
<context>
    <name>tongdao::EditSession</name>
    <message>
        <source>duplicate id &quot;%1&quot;</source>
        <translation>编号 &quot;%1&quot; 重复</translation>
    </message>
    <message>
        <source>cannot create the folder</source>
        <translation>无法创建文件夹</translation>
    </message>
</context>
<context>
    <name>tongdao::EditorController</name>
    <message>
        <source>Charted %1. F8 goes to the next undecided number.</source>
        <translation>已将 %1 制图。按 F8 转到下一个待定数字。</translation>
    </message>
    <message>
        <source>New dataset from text</source>
        <translation>根据文本新建数据集</translation>
    </message>
    <message>
        <source>Plain text (*.txt);;All files (*)</source>
        <translation>纯文本 (*.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Save dataset</source>
        <translation>保存数据集</translation>
    </message>
    <message>
        <source>Tongdao datasets (*.json)</source>
        <translation>Tongdao 数据集 (*.json)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Select the figure to derive from first.</source>
        <translation>请先选择作为推算依据的数据项。</translation>
    </message>
    <message>
        <source>Select the figure the new chart starts with first.</source>
        <translation>请先选择新图表的第一个数据项。</translation>
    </message>
    <message>
        <source>&amp;New dataset from text…</source>
        <translation>根据文本新建数据集(&amp;N)…</translation>
    </message>
    <message>
        <source>Edit &amp;this dataset</source>
        <translation>编辑此数据集(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Save dataset</source>
        <translation>保存数据集(&amp;S)</translation>
    </message>
    <message>
        <source>Pre&amp;vious undecided number</source>
        <translation>上一个待定数字(&amp;V)</translation>
    </message>
    <message>
        <source>New c&amp;hart from the figure</source>
        <translation>以此数据项新建图表(&amp;H)</translation>
    </message>
    <message>
        <source>Re&amp;move this chart</source>
        <translation>删除此图表(&amp;M)</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>编辑器</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>数据项</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>found %1, charted %2, excused %3, undecided %4</source>
        <translation>找到%1个，已制图%2个，不制图%3个，待定%4个</translation>
    </message>
    <message>
        <source>Cannot read the text</source>
        <translation>无法读取文本</translation>
    </message>
    <message>
        <source>Every number found is undecided: click one, or press F8.</source>
        <translation>找到的数字均为待定：单击其中一个，或按 F8。</translation>
    </message>
    <message>
        <source>Cannot save the dataset</source>
        <translation>无法保存数据集</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>The dataset has changes that are not saved. Save them?</source>
        <translation>数据集有未保存的更改。是否保存？</translation>
    </message>
    <message>
        <source>No number is undecided.</source>
        <translation>没有待定的数字。</translation>
    </message>
    <message>
        <source>a dataset never saved</source>
        <translation>一个从未保存的数据集</translation>
    </message>
    <message>
        <source>Recover unsaved changes?</source>
        <translation>恢复未保存的更改？</translation>
    </message>
    <message>
        <source>Tongdao closed without saving %1. Its changes were kept at %2. Recover them?</source>
        <translation>Tongdao 关闭时未保存 %1。其更改已保留在 %2。是否恢复？</translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>放弃(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>稍后(&amp;L)</translation>
    </message>
    <message>
        <source>Cannot recover: %1</source>
        <translation>无法恢复：%1</translation>
    </message>
    <message>
        <source>Recovered: not saved yet.</source>
        <translation>已恢复：尚未保存。</translation>
    </message>
    <message>
        <source>The report&apos;s text has changed</source>
        <translation>报道的文本已更改</translation>
    </message>
    <message>
        <source>The text %1 refers to is not the one it was made from. Re-anchor the quotes that are still found in the new text, and open it for editing?</source>
        <translation>%1 所引用的文本已不是创建它时的文本。是否将新文本中仍能找到的引语重新定位，并打开进行编辑？</translation>
    </message>
    <message>
        <source>Cannot re-anchor</source>
        <translation>无法重新定位</translation>
    </message>
    <message>
        <source>Sa&amp;ve dataset as…</source>
        <translation>数据集另存为(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Next undecided number</source>
        <translation>下一个待定数字(&amp;N)</translation>
    </message>
    <message>
        <source>New &amp;derived figure</source>
        <translation>新建推算数据项(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>撤销“%1”(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>重做“%1”(&amp;R)</translation>
    </message>
    <message>
        <source>Every quote was found again in the new text.</source>
        <translation>所有引语都在新文本中重新找到。</translation>
    </message>
    <message numerus="yes">
        <source>%n figure(s) whose quote is gone were left out: %1; their numbers are undecided again.</source>
        <translation>
            <numerusform>%n 个引语已不存在的数据项被删去：%1；其数字重新成为待定。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n chart(s) left empty were removed: %1.</source>
        <translation>
            <numerusform>%n 个已无数据项的图表被删除：%1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n excuse(s) no longer in the text were removed.</source>
        <translation>
            <numerusform>%n 条已不在文本中的不制图理由被删除。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>尚未保存。</translation>
    </message>
</context>
<context>
    <name>tongdao::ExportDialog</name>
    <message>
        <source>1200 × 675 (web)</source>
        <translation>1200 × 675（网页）</translation>
    </message>
    <message>
        <source>1600 × 900 (slides)</source>
        <translation>1600 × 900（幻灯片）</translation>
    </message>
    <message>
        <source>1920 × 1080 (full HD)</source>
        <translation>1920 × 1080（全高清）</translation>
    </message>
    <message>
        <source>A4 landscape (1123 × 794)</source>
        <translation>A4 横向（1123 × 794）</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>Export all charts</source>
        <translation>导出全部图表</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>尺寸(&amp;S)：</translation>
    </message>
    <message>
        <source>S&amp;cale:</source>
        <translation>缩放倍数(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>主题(&amp;T)：</translation>
    </message>
    <message>
        <source>Source line:</source>
        <translation>来源标注：</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>文件(&amp;I)：</translation>
    </message>
    <message>
        <source>F&amp;older:</source>
        <translation>文件夹(&amp;O)：</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Transparent background</source>
        <translation>透明背景</translation>
    </message>
    <message>
        <source>Include the source line</source>
        <translation>包含来源标注</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <source>Choose the folder</source>
        <translation>选择文件夹</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>宽度</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>高度</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>%1 文件 (*.%2)</translation>
    </message>
    <message>
        <source> px</source>
        <comment>pixels</comment>
        <translation>像素</translation>
    </message>
</context>
<context>
    <name>tongdao::ExportJob</name>
    <message>
        <source>chart &quot;%1&quot;: no installed font can draw “%2” (U+%3), which would show as a box; install a font for Chinese, such as fonts-noto-cjk</source>
        <translation>图表“%1”：没有已安装的字体能显示“%2”（U+%3），它会显示为方框；请安装中文字体，例如 fonts-noto-cjk</translation>
    </message>
    <message>
        <source>there is no report to export</source>
        <translation>没有可导出的报道</translation>
    </message>
    <message>
        <source>unknown chart &quot;%1&quot;, expected one of: %2</source>
        <translation>未知图表 &quot;%1&quot;，应为以下之一：%2</translation>
    </message>
    <message>
        <source>the report has no chart to export</source>
        <translation>该报道没有可导出的图表</translation>
    </message>
    <message numerus="yes">
        <source>%n charts cannot go into one file; export them into a folder</source>
        <translation>
            <numerusform>%n个图表不能写入同一个文件；请导出到文件夹</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 exists; not overwritten</source>
        <translation>%1 已存在，未覆盖</translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1：无法创建文件夹</translation>
    </message>
</context>
<context>
    <name>tongdao::FigureEditor</name>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Or excuse the number: why it is not charted</source>
        <translation>或说明此数字不制图的理由</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>应用(&amp;A)</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>E&amp;xcuse</source>
        <translation>不制图(&amp;X)</translation>
    </message>
    <message>
        <source>List the number as not charted, with the reason given below</source>
        <translation>将此数字列为不制图，理由见下方</translation>
    </message>
    <message>
        <source>Figure %1</source>
        <translation>数据项 %1</translation>
    </message>
    <message>
        <source>New derived figure</source>
        <translation>新建推算数据项</translation>
    </message>
    <message>
        <source>Undecided number: %1</source>
        <translation>待定数字：%1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>a label in the report&apos;s language is required</source>
        <translation>必须填写报道所用语言的标签</translation>
    </message>
    <message>
        <source>Chart %1</source>
        <translation>将 %1 制图</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>编辑 %1</translation>
    </message>
    <message>
        <source>Excuse %1</source>
        <translation>将 %1 列为不制图</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>删除 %1</translation>
    </message>
    <message>
        <source>C&amp;hart this number</source>
        <translation>将此数字制图(&amp;H)</translation>
    </message>
    <message>
        <source>Remove fi&amp;gure</source>
        <translation>删除数据项(&amp;G)</translation>
    </message>
</context>
<context>
    <name>tongdao::FigureForm</name>
    <message>
        <source>&amp;Quote</source>
        <translation>引语(&amp;Q)</translation>
    </message>
    <message>
        <source>Numeral</source>
        <translation>数字原文</translation>
    </message>
    <message>
        <source>&amp;Label</source>
        <translation>标签(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>类别(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Value</source>
        <translation>数值(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>单位(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>时期(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Measure</source>
        <translation>度量(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>状态(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Id</source>
        <translation>编号(&amp;I)</translation>
    </message>
    <message>
        <source>Derived from other figures</source>
        <translation>由其他数据项推算</translation>
    </message>
    <message>
        <source>&amp;Formula</source>
        <translation>公式(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Round to decimals</source>
        <translation>保留小数位(&amp;R)</translation>
    </message>
    <message>
        <source>{figure-id} - {other-id}</source>
        <translation>{figure-id} - {other-id}</translation>
    </message>
    <message>
        <source>no rounding</source>
        <translation>不舍入</translation>
    </message>
    <message>
        <source>In base units: 322亿 is 32200000000; a date as YYYY-MM-DD, YYYY-MM or YYYY.</source>
        <translation>以基本单位填写：322亿即 32200000000；日期写作 YYYY-MM-DD、YYYY-MM 或 YYYY。</translation>
    </message>
    <message>
        <source>2020-01/2020-09, 2019, /2020-09 or empty</source>
        <translation>2020-01/2020-09、2019、/2020-09 或留空</translation>
    </message>
    <message>
        <source>The quote is the selection: widen or narrow it with the mouse or Shift+arrow keys.</source>
        <translation>引语即所选文字：用鼠标或 Shift+方向键扩大或缩小。</translation>
    </message>
    <message>
        <source>What the figure counts</source>
        <translation>数据项统计的是什么</translation>
    </message>
    <message>
        <source>over its period</source>
        <translation>时期内的量</translation>
    </message>
    <message>
        <source>running total to its end</source>
        <translation>截至期末的累计量</translation>
    </message>
    <message>
        <source>at a point in time</source>
        <translation>某一时点的量</translation>
    </message>
    <message>
        <source>reported: it has happened</source>
        <translation>已报道：已经发生</translation>
    </message>
    <message>
        <source>scheduled: still to come</source>
        <translation>计划中：尚未发生</translation>
    </message>
    <message>
        <source>(derived: the formula&apos;s inputs are marked in the quote)</source>
        <translation>（推算：引语中标出了公式的输入）</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>公式</translation>
    </message>
    <message>
        <source>Qualifi&amp;er</source>
        <translation>限定词(&amp;E)</translation>
    </message>
</context>
<context>
    <name>tongdao::FindBar</name>
    <message>
        <source>Find in the report</source>
        <translation>在报道中查找</translation>
    </message>
    <message>
        <source>Find previous (Shift+Enter)</source>
        <translation>查找上一个（Shift+Enter）</translation>
    </message>
    <message>
        <source>Find previous</source>
        <translation>查找上一个</translation>
    </message>
    <message>
        <source>Find next (Enter)</source>
        <translation>查找下一个（Enter）</translation>
    </message>
    <message>
        <source>Find next</source>
        <translation>查找下一个</translation>
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation>关闭查找栏（Esc）</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>关闭查找栏</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>未找到</translation>
    </message>
</context>
<context>
    <name>tongdao::Formula</name>
    <message>
        <source>formula longer than %1 characters</source>
        <translation>公式长度超过%1个字符</translation>
    </message>
    <message>
        <source>parentheses nested deeper than %1</source>
        <translation>括号嵌套超过%1层</translation>
    </message>
    <message>
        <source>unclosed &apos;{&apos; at %1</source>
        <translation>第%1个字符处的 &apos;{&apos; 未闭合</translation>
    </message>
    <message>
        <source>empty reference at %1</source>
        <translation>第%1个字符处的引用为空</translation>
    </message>
    <message>
        <source>bad number at %1</source>
        <translation>第%1个字符处的数字无效</translation>
    </message>
    <message>
        <source>expected a number, {figure-id} or &apos;(&apos; at %1</source>
        <translation>第%1个字符处应为数字、{figure-id} 或 &apos;(&apos;</translation>
    </message>
    <message>
        <source>unexpected &apos;)&apos; at %1</source>
        <translation>第%1个字符处出现多余的 &apos;)&apos;</translation>
    </message>
    <message>
        <source>expected an operator at %1</source>
        <translation>第%1个字符处应为运算符</translation>
    </message>
    <message>
        <source>formula ends without an operand</source>
        <translation>公式末尾缺少运算数</translation>
    </message>
    <message>
        <source>unclosed &apos;(&apos;</source>
        <translation>&apos;(&apos; 未闭合</translation>
    </message>
</context>
<context>
    <name>tongdao::MainWindow</name>
    <message>
        <source>Click a bar, a row or a highlighted number to see where the report states it.</source>
        <translation>点击柱形、表格行或高亮显示的数字，即可查看报道中陈述它的位置。</translation>
    </message>
    <message>
        <source>%1 of %2 numbers charted</source>
        <translation>%2个数字中已有%1个制成图表</translation>
    </message>
    <message>
        <source>No font for Chinese is installed: Chinese text shows as boxes.</source>
        <translation>未安装中文字体：中文将显示为方框。</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>&amp;Open report…</source>
        <translation>打开报道(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Export chart…</source>
        <translation>导出图表(&amp;E)…</translation>
    </message>
    <message>
        <source>Export &amp;all charts…</source>
        <translation>导出全部图表(&amp;A)…</translation>
    </message>
    <message>
        <source>Export &amp;data…</source>
        <translation>导出数据(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Print chart…</source>
        <translation>打印图表(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Copy chart</source>
        <translation>复制图表(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Find in text…</source>
        <translation>在正文中查找(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>放大文字(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>缩小文字(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Next chart</source>
        <translation>下一个图表(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous chart</source>
        <translation>上一个图表(&amp;P)</translation>
    </message>
    <message>
        <source>Go to c&amp;hart</source>
        <translation>转到图表(&amp;H)</translation>
    </message>
    <message>
        <source>Go to chart &amp;data</source>
        <translation>转到图表数据(&amp;D)</translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;About Tongdao</source>
        <translation>关于 Tongdao(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>Open report</source>
        <translation>打开报道</translation>
    </message>
    <message>
        <source>Tongdao datasets (*.json);;All files (*)</source>
        <translation>Tongdao 数据集 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Cannot open the report</source>
        <translation>无法打开报道</translation>
    </message>
    <message>
        <source>Replace files?</source>
        <translation>替换文件？</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) already exist and will be replaced:
%1</source>
        <translation>
            <numerusform>%n个文件已存在，将被替换：
%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>已导出 %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n chart(s) to %1</source>
        <translation>
            <numerusform>已将%n个图表导出到 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Export data</source>
        <translation>导出数据</translation>
    </message>
    <message>
        <source>Chart copied as an image and as SVG.</source>
        <translation>图表已复制为图像和 SVG。</translation>
    </message>
    <message>
        <source>&lt;p&gt;The report open now:&lt;br&gt;&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;%3&lt;/p&gt;</source>
        <translation>&lt;p&gt;当前打开的报道：&lt;br&gt;&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;%3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Tongdao</source>
        <translation>关于 Tongdao</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Tongdao %1&lt;/h3&gt;&lt;p&gt;The figures of a report as charts you can trust: every number is tied to the sentence that states it.&lt;/p&gt;%2</source>
        <translation>&lt;h3&gt;Tongdao %1&lt;/h3&gt;&lt;p&gt;Tongdao（通道）把报道中的数据项绘制成可信的图表：每个数字都与报道中陈述它的句子相关联。&lt;/p&gt;%2</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>无法导出</translation>
    </message>
    <message>
        <source>Not copied: %1</source>
        <translation>未复制：%1</translation>
    </message>
    <message>
        <source>Cannot print</source>
        <translation>无法打印</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>语言(&amp;G)</translation>
    </message>
    <message>
        <source>Normal text si&amp;ze</source>
        <translation>默认文字大小(&amp;Z)</translation>
    </message>
    <message>
        <source>Go to chart l&amp;ist</source>
        <translation>转到图表列表(&amp;I)</translation>
    </message>
    <message>
        <source>Go to report te&amp;xt</source>
        <translation>转到报道正文(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Report text</source>
        <translation>报道正文(&amp;R)</translation>
    </message>
    <message>
        <source>Tongdao[*]</source>
        <translation>Tongdao[*]</translation>
    </message>
    <message>
        <source>%1[*] — Tongdao</source>
        <translation>%1[*] — Tongdao</translation>
    </message>
    <message>
        <source>Show data t&amp;able</source>
        <translation>显示数据表(&amp;A)</translation>
    </message>
    <message>
        <source>Data table</source>
        <translation>数据表</translation>
    </message>
    <message>
        <source>Show or hide the chart&apos;s data table. On a small screen it collapses by itself to make room for the chart.</source>
        <translation>显示或隐藏图表的数据表。屏幕较小时，数据表会自动收起，为图表腾出空间。</translation>
    </message>
</context>
<context>
    <name>tongdao::NavigatorPane</name>
    <message>
        <source>The report&apos;s charts, grouped by topic</source>
        <translation>报道中的图表，按主题分组</translation>
    </message>
    <message>
        <source>Chart list</source>
        <translation>图表列表</translation>
    </message>
</context>
<context>
    <name>tongdao::NumberFormatter</name>
    <message>
        <source>about %1</source>
        <translation>约%1</translation>
    </message>
    <message>
        <source>≈ %1</source>
        <comment>approximate value, compact form in charts</comment>
        <translation>约%1</translation>
    </message>
    <message>
        <source>more than %1</source>
        <translation>逾%1</translation>
    </message>
    <message>
        <source>&gt; %1</source>
        <comment>more than, compact form in charts</comment>
        <translation>逾%1</translation>
    </message>
    <message>
        <source>less than %1</source>
        <translation>不足%1</translation>
    </message>
    <message>
        <source>&lt; %1</source>
        <comment>less than, compact form in charts</comment>
        <translation>不足%1</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>确数</translation>
    </message>
    <message>
        <source>approximate</source>
        <translation>约数</translation>
    </message>
    <message>
        <source>more than</source>
        <translation>超过</translation>
    </message>
    <message>
        <source>less than</source>
        <translation>不足</translation>
    </message>
    <message>
        <source>to %1</source>
        <comment>a cumulative figure up to a date</comment>
        <translation>截至%1</translation>
    </message>
    <message>
        <source>at least about %1</source>
        <comment>a derived lower bound that is itself approximate</comment>
        <translation>至少约%1</translation>
    </message>
    <message>
        <source>at most about %1</source>
        <comment>a derived upper bound that is itself approximate</comment>
        <translation>最多约%1</translation>
    </message>
    <message>
        <source>%1 (scheduled)</source>
        <comment>an event the report says is still to come (将举行)</comment>
        <translation>%1（预定）</translation>
    </message>
    <message>
        <source>%1 (derived)</source>
        <comment>a value computed from figures the report states, not stated itself</comment>
        <translation>%1（推算）</translation>
    </message>
    <message>
        <source>about, at least</source>
        <translation>约，至少</translation>
    </message>
    <message>
        <source>about, at most</source>
        <translation>约，最多</translation>
    </message>
</context>
<context>
    <name>tongdao::PngWriter</name>
    <message>
        <source>the image is empty</source>
        <translation>图像为空</translation>
    </message>
    <message>
        <source>the PNG encoder could not start</source>
        <translation>PNG 编码器无法启动</translation>
    </message>
    <message>
        <source>the PNG encoder failed</source>
        <translation>PNG 编码失败</translation>
    </message>
</context>
<context>
    <name>tongdao::ReaderPane</name>
    <message>
        <source>Report text</source>
        <translation>报道正文</translation>
    </message>
    <message>
        <source>The report as published, in Chinese; charted figures are highlighted.</source>
        <translation>按刊发原样呈现的中文报道；已制成图表的数据项以高亮显示。</translation>
    </message>
    <message>
        <source>Click to show it in its chart.</source>
        <translation>点击可在所属图表中查看。</translation>
    </message>
    <message>
        <source>Not charted: %1</source>
        <translation>未制图：%1</translation>
    </message>
    <message>
        <source>This number is neither charted nor listed as uncharted in the dataset.</source>
        <translation>此数字既未制成图表，也未在数据集中列为不制图。</translation>
    </message>
    <message>
        <source>Tongdao&apos;s translation. The Chinese original is authoritative.</source>
        <translation>Tongdao 译文，以中文原文为准。</translation>
    </message>
    <message>
        <source>&amp;Original</source>
        <translation>原文(&amp;O)</translation>
    </message>
    <message>
        <source>The report as published, in Chinese</source>
        <translation>报道原文（中文）</translation>
    </message>
    <message>
        <source>&amp;Translation</source>
        <translation>译文(&amp;T)</translation>
    </message>
    <message>
        <source>Side &amp;by side</source>
        <translation>对照(&amp;B)</translation>
    </message>
    <message>
        <source>The report in Chinese and in Tongdao&apos;s translation, which the Chinese original overrules; charted figures are highlighted.</source>
        <translation>报道的中文原文与 Tongdao 译文，以中文原文为准；已绘图的数据项以高亮显示。</translation>
    </message>
    <message>
        <source>The interface is in Chinese, the report&apos;s own language: there is nothing to translate.</source>
        <translation>界面为中文，即报道本身的语言：无需翻译。</translation>
    </message>
    <message>
        <source>The translation was refused: %1</source>
        <translation>译文未通过检查：%1</translation>
    </message>
    <message>
        <source>This report has no translation into this language.</source>
        <translation>该报道没有此语言的译文。</translation>
    </message>
    <message>
        <source>The translation was refused, so the original is shown: %1</source>
        <translation>译文未通过检查，因此显示原文：%1</translation>
    </message>
</context>
<context>
    <name>tongdao::ReportFile</name>
    <message>
        <source>GB18030 (GBK) text, converted to Unicode; the file itself is unchanged</source>
        <translation>GB18030（GBK）文本，已转换为 Unicode；文件本身未改动</translation>
    </message>
    <message>
        <source>%1; nor is it GB18030</source>
        <translation>%1；也不是 GB18030 文本</translation>
    </message>
    <message>
        <source>UTF-16 text, expected UTF-8 or GB18030: save it as UTF-8</source>
        <translation>UTF-16 文本，应为 UTF-8 或 GB18030：请另存为 UTF-8</translation>
    </message>
    <message>
        <source>binary data (a NUL byte), expected a plain text</source>
        <translation>二进制数据（含 NUL 字节），应为纯文本</translation>
    </message>
    <message>
        <source>binary data (%1 control characters), expected a plain text</source>
        <translation>二进制数据（含%1个控制字符），应为纯文本</translation>
    </message>
    <message>
        <source>the text is empty, expected a report</source>
        <translation>正文为空，应为一篇报道</translation>
    </message>
    <message>
        <source>no number in the text: nothing to chart</source>
        <translation>正文中没有数字：没有可制图的内容</translation>
    </message>
</context>
<context>
    <name>tongdao::ReportTranslation</name>
    <message>
        <source>no paragraph: the translation is empty</source>
        <translation>没有段落：译文为空</translation>
    </message>
    <message>
        <source>paragraph %1 repeats paragraph %2 (line %3)</source>
        <translation>第%1段重复了第%2段（第%3行）</translation>
    </message>
</context>
<context>
    <name>tongdao::SafeFile</name>
    <message>
        <source>no such file</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <source>is a directory, expected a file</source>
        <translation>是文件夹，应为文件</translation>
    </message>
    <message>
        <source>is not a regular file (a device, FIFO or socket), expected a file</source>
        <translation>不是普通文件（而是设备、FIFO 或套接字），应为文件</translation>
    </message>
    <message>
        <source>is %1 bytes, more than the limit of %2 bytes</source>
        <translation>大小为%1字节，超过%2字节的上限</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <source>is more than the limit of %1 bytes</source>
        <translation>超过%1字节的上限</translation>
    </message>
    <message>
        <source>invalid UTF-8 (byte 0x%1), expected UTF-8 text</source>
        <translation>无效的 UTF-8（字节 0x%1），应为 UTF-8 文本</translation>
    </message>
</context>
<context>
    <name>tongdao::SaveFile</name>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1：无法写入：%2</translation>
    </message>
</context>
<context>
    <name>tongdao::StatisticsModel</name>
    <message>
        <source>derived</source>
        <translation>推算</translation>
    </message>
    <message>
        <source>stated</source>
        <translation>原文</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>数据项</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>时期</translation>
    </message>
    <message>
        <source>Qualifier</source>
        <translation>限定词</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>原文引语</translation>
    </message>
    <message>
        <source>Derived: %1</source>
        <translation>推算：%1</translation>
    </message>
    <message>
        <source>%1: %2 — source: “%3”</source>
        <translation>%1：%2——来源：“%3”</translation>
    </message>
    <message>
        <source>Original: “%1”</source>
        <translation>原文：“%1”</translation>
    </message>
    <message>
        <source>%1: %2 — source: “%3” (original: “%4”)</source>
        <translation>%1：%2——来源：“%3”（原文：“%4”）</translation>
    </message>
    <message>
        <source>Original quote</source>
        <translation>原文引语</translation>
    </message>
</context>
<context>
    <name>tongdao::TongdaoChart</name>
    <message>
        <source>opening</source>
        <comment>the part of a report before its first section heading</comment>
        <translation>导语</translation>
    </message>
    <message>
        <source>· hatched: derived from stated figures</source>
        <translation>· 斜线填充：由原文所载数据项推算</translation>
    </message>
    <message>
        <source>section %1</source>
        <translation>“%1”部分</translation>
    </message>
    <message>
        <source>sections %1</source>
        <translation>“%1”各部分</translation>
    </message>
    <message>
        <source>Source: “%1”, %2, %3 · charted with Tongdao</source>
        <translation>来源：《%1》，%2，%3 · 由 Tongdao 制图</translation>
    </message>
    <message>
        <source>Source: “%1”, %2 · charted with Tongdao</source>
        <translation>来源：《%1》，%2 · 由 Tongdao 制图</translation>
    </message>
</context>
<context>
    <name>tongdao::TranslationCheck</name>
    <message>
        <source>figure &quot;%1&quot; is charted but has no phrase in this translation</source>
        <translation>数据项 &quot;%1&quot; 已绘图，但在此译文中没有译语</translation>
    </message>
    <message>
        <source>the phrase of &quot;%1&quot;, “%2”, is not in it</source>
        <translation>&quot;%1&quot; 的译语“%2”不在其中</translation>
    </message>
    <message>
        <source>the phrase of &quot;%1&quot;, “%2”, occurs twice; lengthen it</source>
        <translation>&quot;%1&quot; 的译语“%2”出现两次；请加长</translation>
    </message>
    <message>
        <source>the numeral of &quot;%1&quot;, “%2”, is not in its phrase</source>
        <translation>&quot;%1&quot; 的数字“%2”不在其译语中</translation>
    </message>
    <message>
        <source>“%1” does not state the value of &quot;%2&quot;, which the language writes “%3”</source>
        <translation>“%1”未写出 &quot;%2&quot; 的数值，该语言应写作“%3”</translation>
    </message>
    <message>
        <source>the excuse “%1” (notInTranslation) is not in the original</source>
        <translation>说明项“%1”（notInTranslation）不在原文中</translation>
    </message>
    <message>
        <source>the excuse “%1” (notInOriginal) is not in the translation</source>
        <translation>说明项“%1”（notInOriginal）不在译文中</translation>
    </message>
    <message>
        <source>“%1” of the original is not in the translation</source>
        <translation>原文中的“%1”不在译文中</translation>
    </message>
    <message>
        <source>“%1” is not a number of the original paragraph</source>
        <translation>“%1”不是原文该段中的数字</translation>
    </message>
    <message>
        <source>paragraph %1: %2</source>
        <translation>第%1段：%2</translation>
    </message>
    <message>
        <source>“%1” of the original is not in the translation, which says “%2” instead</source>
        <translation>原文中的“%1”不在译文中，译文写作“%2”</translation>
    </message>
    <message>
        <source>%1 paragraphs for the report&apos;s %2 blocks: a paragraph is missing or extra at or before this one, whose numbers are not those of block %3</source>
        <translation>报道有%2段，译文有%1段：在本段或之前缺少或多出一段，本段的数字与原文第%3段不符</translation>
    </message>
</context>
<context>
    <name>tongdao::Translations</name>
    <message>
        <source>The %1 translation (%2) is missing or damaged; the interface stays in English.</source>
        <translation>%1 翻译文件（%2）缺失或已损坏；界面仍使用英文。</translation>
    </message>
</context>
<context>
    <name>tongdao::Units</name>
    <message>
        <source>%1 item</source>
        <translation>%1项</translation>
    </message>
    <message>
        <source>%1 items</source>
        <translation>%1项</translation>
    </message>
    <message>
        <source>items</source>
        <translation>项</translation>
    </message>
    <message>
        <source>%1 train</source>
        <translation>%1列</translation>
    </message>
    <message>
        <source>%1 trains</source>
        <translation>%1列</translation>
    </message>
    <message>
        <source>trains</source>
        <translation>列</translation>
    </message>
    <message>
        <source>%1 flight a week</source>
        <translation>每周%1班</translation>
    </message>
    <message>
        <source>%1 flights a week</source>
        <translation>每周%1班</translation>
    </message>
    <message>
        <source>flights a week</source>
        <translation>班/周</translation>
    </message>
    <message>
        <source>%1 agreement</source>
        <translation>%1份</translation>
    </message>
    <message>
        <source>%1 agreements</source>
        <translation>%1份</translation>
    </message>
    <message>
        <source>agreements</source>
        <translation>份</translation>
    </message>
    <message>
        <source>%1 project</source>
        <translation>%1个</translation>
    </message>
    <message>
        <source>%1 projects</source>
        <translation>%1个</translation>
    </message>
    <message>
        <source>projects</source>
        <translation>个</translation>
    </message>
    <message>
        <source>%1 memorandum of understanding</source>
        <translation>%1项</translation>
    </message>
    <message>
        <source>%1 memoranda of understanding</source>
        <translation>%1项</translation>
    </message>
    <message>
        <source>memoranda of understanding</source>
        <translation>项</translation>
    </message>
    <message>
        <source>%1 working group</source>
        <translation>%1个</translation>
    </message>
    <message>
        <source>%1 working groups</source>
        <translation>%1个</translation>
    </message>
    <message>
        <source>working groups</source>
        <translation>个</translation>
    </message>
    <message>
        <source>%1 industrial park</source>
        <translation>%1个</translation>
    </message>
    <message>
        <source>%1 industrial parks</source>
        <translation>%1个</translation>
    </message>
    <message>
        <source>industrial parks</source>
        <translation>个</translation>
    </message>
    <message>
        <source>%1 person</source>
        <translation>%1人</translation>
    </message>
    <message>
        <source>%1 people</source>
        <translation>%1人</translation>
    </message>
    <message>
        <source>people</source>
        <translation>人</translation>
    </message>
    <message>
        <source>%1 company</source>
        <translation>%1家</translation>
    </message>
    <message>
        <source>%1 companies</source>
        <translation>%1家</translation>
    </message>
    <message>
        <source>companies</source>
        <translation>家</translation>
    </message>
    <message>
        <source>%1 container</source>
        <translation>%1箱</translation>
    </message>
    <message>
        <source>%1 containers</source>
        <translation>%1箱</translation>
    </message>
    <message>
        <source>containers</source>
        <translation>箱</translation>
    </message>
    <message>
        <source>%1 mask</source>
        <translation>%1只</translation>
    </message>
    <message>
        <source>%1 masks</source>
        <translation>%1只</translation>
    </message>
    <message>
        <source>masks</source>
        <translation>只</translation>
    </message>
    <message>
        <source>%1 street lamp</source>
        <translation>%1盏</translation>
    </message>
    <message>
        <source>%1 street lamps</source>
        <translation>%1盏</translation>
    </message>
    <message>
        <source>street lamps</source>
        <translation>盏</translation>
    </message>
    <message>
        <source>%1 country</source>
        <translation>%1个国家</translation>
    </message>
    <message>
        <source>%1 countries</source>
        <translation>%1个国家</translation>
    </message>
    <message>
        <source>countries</source>
        <translation>个</translation>
    </message>
    <message>
        <source>%1 channel</source>
        <translation>%1条</translation>
    </message>
    <message>
        <source>%1 channels</source>
        <translation>%1条</translation>
    </message>
    <message>
        <source>channels</source>
        <translation>条</translation>
    </message>
    <message>
        <source>%1 m²</source>
        <translation>%1平方米</translation>
    </message>
    <message>
        <source>square metres</source>
        <translation>平方米</translation>
    </message>
    <message>
        <source>%1 year</source>
        <translation>%1年</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1年</translation>
    </message>
    <message>
        <source>years</source>
        <translation>年</translation>
    </message>
    <message>
        <source>US$%1</source>
        <translation>%1美元</translation>
    </message>
    <message>
        <source>US$</source>
        <translation>美元</translation>
    </message>
    <message>
        <source>%1 yuan</source>
        <translation>%1元</translation>
    </message>
    <message>
        <source>yuan</source>
        <translation>元</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>per cent</source>
        <translation>%</translation>
    </message>
    <message>
        <source>%1</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>%1 passenger trip</source>
        <translation>%1人次</translation>
    </message>
    <message>
        <source>%1 passenger trips</source>
        <translation>%1人次</translation>
    </message>
    <message>
        <source>passenger trips</source>
        <translation>人次</translation>
    </message>
    <message>
        <source>%1 province</source>
        <translation>%1个省</translation>
    </message>
    <message>
        <source>%1 provinces</source>
        <translation>%1个省</translation>
    </message>
    <message>
        <source>provinces</source>
        <translation>省</translation>
    </message>
    <message>
        <source>%1 province or autonomous region</source>
        <translation>%1个省区</translation>
    </message>
    <message>
        <source>%1 provinces and autonomous regions</source>
        <translation>%1个省区</translation>
    </message>
    <message>
        <source>provinces and autonomous regions</source>
        <translation>省区</translation>
    </message>
    <message>
        <source>%1 province, autonomous region or municipality</source>
        <translation>%1个省区市</translation>
    </message>
    <message>
        <source>%1 provinces, autonomous regions and municipalities</source>
        <translation>%1个省区市</translation>
    </message>
    <message>
        <source>provinces, autonomous regions and municipalities</source>
        <translation>省区市</translation>
    </message>
    <message>
        <source>%1 TEU</source>
        <translation>%1标箱</translation>
    </message>
    <message>
        <source>%1 TEUs</source>
        <translation>%1标箱</translation>
    </message>
    <message>
        <source>TEUs</source>
        <translation>标箱</translation>
    </message>
    <message>
        <source>%1 tonne</source>
        <translation>%1吨</translation>
    </message>
    <message>
        <source>%1 tonnes</source>
        <translation>%1吨</translation>
    </message>
    <message>
        <source>tonnes</source>
        <translation>吨</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1公里</translation>
    </message>
    <message>
        <source>kilometres</source>
        <translation>公里</translation>
    </message>
    <message>
        <source>%1 times</source>
        <translation>%1倍</translation>
    </message>
    <message>
        <source>times</source>
        <translation>倍</translation>
    </message>
    <message>
        <source>%1 day</source>
        <translation>%1天</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1天</translation>
    </message>
    <message>
        <source>days</source>
        <translation>天</translation>
    </message>
    <message>
        <source>%1 month</source>
        <translation>%1个月</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1个月</translation>
    </message>
    <message>
        <source>months</source>
        <translation>个月</translation>
    </message>
    <message>
        <source>number</source>
        <translation>数字</translation>
    </message>
</context>
</TS>
