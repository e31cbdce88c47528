<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ms">
<context>
    <name>ChartSummary</name>
    <message>
        <source>%1 Derived: %2</source>
        <comment>a derived figure&apos;s quote, then its formula</comment>
        <translation>%1 Dikira: %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>an item of a chart summary: label, value</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the items of a chart summary</comment>
        <translation>; </translation>
    </message>
    <message>
        <source>Bar chart, one bar: %1.</source>
        <translation>Carta bar, satu bar: %1.</translation>
    </message>
    <message>
        <source>Bar chart, %1 bars: %2.</source>
        <translation>Carta bar, %1 bar: %2.</translation>
    </message>
    <message>
        <source>Pie chart, one slice: %1.</source>
        <translation>Carta pai, satu hirisan: %1.</translation>
    </message>
    <message>
        <source>Pie chart, %1 slices: %2.</source>
        <translation>Carta pai, %1 hirisan: %2.</translation>
    </message>
    <message>
        <source>Timeline, one event: %1.</source>
        <translation>Garis masa, satu peristiwa: %1.</translation>
    </message>
    <message>
        <source>Timeline, %1 events: %2.</source>
        <translation>Garis masa, %1 peristiwa: %2.</translation>
    </message>
    <message>
        <source>Key figures, one figure: %1.</source>
        <translation>Angka utama, satu angka: %1.</translation>
    </message>
    <message>
        <source>Key figures, %1 figures: %2.</source>
        <translation>Angka utama, %1 angka: %2.</translation>
    </message>
</context>
<context>
    <name>tongdao::AppSettings</name>
    <message>
        <source>The settings file %1 could not be read; Tongdao started with its defaults.</source>
        <translation>Fail tetapan %1 tidak dapat dibaca; Tongdao dimulakan dengan tetapan lalainya.</translation>
    </message>
    <message>
        <source>The settings file %1 was damaged; Tongdao started with its defaults.</source>
        <translation>Fail tetapan %1 rosak; Tongdao dimulakan dengan tetapan lalainya.</translation>
    </message>
    <message>
        <source>The damaged file is kept as %1.</source>
        <translation>Fail yang rosak disimpan sebagai %1.</translation>
    </message>
</context>
<context>
    <name>tongdao::Application</name>
    <message>
        <source>tongdao: no display (neither DISPLAY nor WAYLAND_DISPLAY is set); to export charts without one, run: tongdao --export-charts DIR</source>
        <translation>tongdao: tiada paparan (DISPLAY dan WAYLAND_DISPLAY kedua-duanya tidak ditetapkan); untuk mengeksport carta tanpa paparan, jalankan: tongdao --export-charts FOLDER</translation>
    </message>
    <message>
        <source>Cannot open the report</source>
        <translation>Tidak dapat membuka laporan</translation>
    </message>
    <message>
        <source>no installed font covers Chinese; install fonts-noto-cjk</source>
        <translation>tiada fon terpasang yang menyokong bahasa Cina; pasang fonts-noto-cjk</translation>
    </message>
</context>
<context>
    <name>tongdao::ChartDataModel</name>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Stated in the report</source>
        <translation>Dinyatakan dalam laporan</translation>
    </message>
    <message>
        <source>Derived from stated figures</source>
        <translation>Dikira daripada angka yang dinyatakan</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Nilai</translation>
    </message>
</context>
<context>
    <name>tongdao::ChartEditor</name>
    <message>
        <source>Edit chart %1</source>
        <translation>Sunting carta %1</translation>
    </message>
    <message>
        <source>Bars</source>
        <translation>Bar</translation>
    </message>
    <message>
        <source>Horizontal bars</source>
        <translation>Bar mendatar</translation>
    </message>
    <message>
        <source>Donut</source>
        <translation>Donat</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Garis masa</translation>
    </message>
    <message>
        <source>Fact tiles</source>
        <translation>Jubin fakta</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Jenis</translation>
    </message>
    <message>
        <source>Categor&amp;y</source>
        <translation>&amp;Kategori</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Tajuk</translation>
    </message>
    <message>
        <source>&amp;Subtitle</source>
        <translation>&amp;Subtajuk</translation>
    </message>
    <message>
        <source>Category a&amp;xis</source>
        <translation>Paksi kate&amp;gori</translation>
    </message>
    <message>
        <source>&amp;Value axis</source>
        <translation>Paksi &amp;nilai</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>C&amp;atatan</translation>
    </message>
    <message>
        <source>Item &amp;label</source>
        <translation>&amp;Label item</translation>
    </message>
    <message>
        <source>Item sc&amp;ope</source>
        <translation>Sk&amp;op item</translation>
    </message>
    <message>
        <source>Figures plotted, in order</source>
        <translation>Angka yang diplot, mengikut urutan</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Alih ke atas</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Alih ke bawah</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Buang</translation>
    </message>
    <message>
        <source>The figure&apos;s label</source>
        <translation>Label angka</translation>
    </message>
    <message>
        <source>What this item counts, where items count different things</source>
        <translation>Apa yang dikira oleh item ini, apabila item-item mengira perkara yang berlainan</translation>
    </message>
    <message>
        <source>New chart %1</source>
        <translation>Carta baharu %1</translation>
    </message>
    <message>
        <source>Remove chart %1</source>
        <translation>Buang carta %1</translation>
    </message>
    <message>
        <source>Add %1 to chart %2</source>
        <translation>Tambah %1 ke carta %2</translation>
    </message>
    <message>
        <source>Reorder chart %1</source>
        <translation>Susun semula carta %1</translation>
    </message>
    <message>
        <source>Remove an item of chart %1</source>
        <translation>Buang satu item carta %1</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Tambah</translation>
    </message>
    <message>
        <source>A decided figure to add to the chart</source>
        <translation>Angka yang telah diputuskan untuk ditambah ke carta</translation>
    </message>
</context>
<context>
    <name>tongdao::ChartModel</name>
    <message>
        <source>Chart</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
</context>
<context>
    <name>tongdao::ChartPane</name>
    <message>
        <source>Chart</source>
        <translation>Carta</translation>
    </message>
</context>
<context>
    <name>tongdao::ChartRenderer</name>
    <message>
        <source>size %1x%2 is not allowed: width and height must be from %3 to %4 pixels</source>
        <translation>saiz %1x%2 tidak dibenarkan: lebar dan tinggi mestilah antara %3 dan %4 piksel</translation>
    </message>
    <message>
        <source>scale %1 is not allowed: use 1, 2 or 3</source>
        <translation>skala %1 tidak dibenarkan: gunakan 1, 2 atau 3</translation>
    </message>
    <message>
        <source>%1x%2 at scale %3 is more than %4 million pixels</source>
        <translation>%1x%2 pada skala %3 melebihi %4 juta piksel</translation>
    </message>
    <message>
        <source>a transparent background is for PNG and SVG only</source>
        <translation>latar belakang lut sinar hanya untuk PNG dan SVG</translation>
    </message>
    <message>
        <source>the PDF writer could not start</source>
        <translation>penulis PDF tidak dapat dimulakan</translation>
    </message>
    <message>
        <source>cancelled after an earlier failure</source>
        <translation>dibatalkan selepas kegagalan sebelumnya</translation>
    </message>
</context>
<context>
    <name>tongdao::ChartSeriesProxy</name>
    <message>
        <source>Slice</source>
        <translation>Hirisan</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Kedudukan</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>Lorong</translation>
    </message>
    <message>
        <source>%1 (derived)</source>
        <comment>a bar set: the scope of its figures, derived from stated ones</comment>
        <translation>%1 (dikira)</translation>
    </message>
</context>
<context>
    <name>tongdao::CommandLine</name>
    <message>
        <source>Tongdao shows the figures of a report as charts tied to the sentences that state them.</source>
        <translation>Tongdao memaparkan angka dalam sesebuah laporan sebagai carta yang dikaitkan dengan ayat yang menyatakannya.</translation>
    </message>
    <message>
        <source>Open another report in the same schema.</source>
        <translation>Buka laporan lain yang menggunakan skema yang sama.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fail</translation>
    </message>
    <message>
        <source>Interface and export language: en, zh_CN or ms.</source>
        <translation>Bahasa antara muka dan eksport: en, zh_CN atau ms.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>kod</translation>
    </message>
    <message>
        <source>Print one line per chart: &lt;id&gt;&lt;TAB&gt;&lt;title&gt;.</source>
        <translation>Papar satu baris bagi setiap carta: &lt;ID&gt;&lt;TAB&gt;&lt;tajuk&gt;.</translation>
    </message>
    <message>
        <source>Write every figure with its quote as CSV (or JSON) to a file, - for standard output.</source>
        <translation>Tulis setiap angka berserta petikannya sebagai CSV (atau JSON) ke dalam fail; - untuk output standard.</translation>
    </message>
    <message>
        <source>Format of --export-data: csv or json.</source>
        <translation>Format --export-data: csv atau json.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>Export charts into a folder, without a display.</source>
        <translation>Eksport carta ke dalam folder, tanpa paparan.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>folder</translation>
    </message>
    <message>
        <source>Chart file format: png, jpg, svg or pdf.</source>
        <translation>Format fail carta: png, jpg, svg atau pdf.</translation>
    </message>
    <message>
        <source>Chart size in pixels, WxH (default 1600x900).</source>
        <translation>Saiz carta dalam piksel, WxH iaitu lebar x tinggi (lalai 1600x900).</translation>
    </message>
    <message>
        <source>WxH</source>
        <translation>WxH</translation>
    </message>
    <message>
        <source>Scale of raster charts: 1, 2 or 3.</source>
        <translation>Skala carta raster: 1, 2 atau 3.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Chart theme: light, dark or transparent.</source>
        <translation>Tema carta: light (cerah), dark (gelap) atau transparent (lut sinar).</translation>
    </message>
    <message>
        <source>theme</source>
        <translation>tema</translation>
    </message>
    <message>
        <source>Export only this chart (repeatable).</source>
        <translation>Eksport carta ini sahaja (boleh diulang).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Overwrite existing files.</source>
        <translation>Tulis ganti fail yang sedia ada.</translation>
    </message>
    <message>
        <source>Open the window, print first-frame-ms and exit.</source>
        <translation>Buka tetingkap, papar first-frame-ms dan keluar.</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;; see --help</source>
        <translation>argumen berlebihan &quot;%1&quot;; lihat --help</translation>
    </message>
    <message>
        <source>unknown language &quot;%1&quot;, expected en, zh_CN or ms</source>
        <translation>bahasa tidak dikenali &quot;%1&quot;, sepatutnya en, zh_CN atau ms</translation>
    </message>
    <message>
        <source>unknown data format &quot;%1&quot;, expected csv or json</source>
        <translation>format data tidak dikenali &quot;%1&quot;, sepatutnya csv atau json</translation>
    </message>
    <message>
        <source>missing: %1 (at %2): %3</source>
        <translation>tertinggal: %1 (pada %2): %3</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;, expected png, jpg, svg or pdf</source>
        <translation>format tidak dikenali &quot;%1&quot;, sepatutnya png, jpg, svg atau pdf</translation>
    </message>
    <message>
        <source>size &quot;%1&quot; is not WxH, e.g. 1600x900</source>
        <translation>saiz &quot;%1&quot; bukan dalam bentuk WxH (lebar x tinggi), cth. 1600x900</translation>
    </message>
    <message>
        <source>scale &quot;%1&quot; is not allowed: use 1, 2 or 3</source>
        <translation>skala &quot;%1&quot; tidak dibenarkan: gunakan 1, 2 atau 3</translation>
    </message>
    <message>
        <source>unknown theme &quot;%1&quot;, expected light, dark or transparent</source>
        <translation>tema tidak dikenali &quot;%1&quot;, sepatutnya light, dark atau transparent</translation>
    </message>
    <message>
        <source>%1 exists; not overwritten (use --force to replace it)</source>
        <translation>%1 sudah wujud; tidak ditulis ganti (gunakan --force untuk menggantikannya)</translation>
    </message>
    <message>
        <source>cannot write to standard output</source>
        <translation>tidak dapat menulis ke output standard</translation>
    </message>
    <message>
        <source>the translation is not used, the original is: %1</source>
        <translation>terjemahan tidak digunakan, teks asal digunakan: %1</translation>
    </message>
    <message>
        <source>List the numbers of the text that no figure covers and no reason excuses; count those still undecided.</source>
        <translation>Senaraikan nombor dalam teks yang tidak diliputi oleh mana-mana angka dan tidak dikecualikan atas sebarang sebab; kira nombor yang masih belum diputuskan.</translation>
    </message>
    <message>
        <source>Draft a dataset from a plain-text report (UTF-8 or GB18030, Chinese or English): every number becomes an undecided figure. Needs --output.</source>
        <translation>Sediakan draf set data daripada laporan teks biasa (UTF-8 atau GB18030, bahasa Cina atau Inggeris): setiap nombor menjadi angka yang belum diputuskan. Memerlukan --output.</translation>
    </message>
    <message>
        <source>Where --draft-dataset writes the dataset; in another folder, the report&apos;s text is copied beside it.</source>
        <translation>Tempat --draft-dataset menulis set data; jika dalam folder lain, teks laporan disalin ke sebelahnya.</translation>
    </message>
    <message>
        <source>choose one of --list-charts, --export-data, --export-charts, --coverage, --draft-dataset and --measure-startup</source>
        <translation>pilih satu sahaja daripada --list-charts, --export-data, --export-charts, --coverage, --draft-dataset atau --measure-startup</translation>
    </message>
    <message>
        <source>--draft-dataset needs --output and the file to write</source>
        <translation>--draft-dataset memerlukan --output dan fail yang hendak ditulis</translation>
    </message>
    <message>
        <source>--output goes with --draft-dataset</source>
        <translation>--output hanya digunakan bersama --draft-dataset</translation>
    </message>
    <message>
        <source>found %1, covered %2, uncharted %3, undecided %4, missing %5</source>
        <translation>ditemui %1, diliputi %2, tidak dicartakan %3, belum diputuskan %4, tertinggal %5</translation>
    </message>
</context>
<context>
    <name>tongdao::DataExport</name>
    <message>
        <source>quoteTranslation is Tongdao&apos;s translation of quote; the Chinese original is authoritative.</source>
        <translation>quoteTranslation ialah terjemahan Tongdao bagi quote; teks asal bahasa Cina adalah sahih.</translation>
    </message>
</context>
<context>
    <name>tongdao::DataTablePane</name>
    <message>
        <source>Chart data</source>
        <translation>Data carta</translation>
    </message>
    <message>
        <source>The figures of the chart shown, each with the quote that states it</source>
        <translation>Angka dalam carta yang dipaparkan, setiap satu berserta petikan yang menyatakannya</translation>
    </message>
</context>
<context>
    <name>tongdao::DatasetLoader</name>
    <message>
        <source>&quot;%1&quot; is not an id: expected 1–64 lower-case letters, digits and hyphens</source>
        <translation>&quot;%1&quot; bukan ID: sepatutnya 1–64 huruf kecil, digit dan tanda sempang</translation>
    </message>
    <message>
        <source>unknown unit &quot;%1&quot;, expected one of: %2</source>
        <translation>unit tidak dikenali &quot;%1&quot;, sepatutnya salah satu daripada: %2</translation>
    </message>
    <message>
        <source>expected a date as YYYY-MM-DD, YYYY-MM or YYYY, got &quot;%1&quot;</source>
        <translation>sepatutnya tarikh dalam bentuk YYYY-MM-DD, YYYY-MM atau YYYY, tetapi ditemui &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 is out of range, expected at most %2 in magnitude</source>
        <translation>%1 di luar julat, magnitudnya sepatutnya tidak melebihi %2</translation>
    </message>
    <message>
        <source>%1 is negative, expected a count or amount of 0 or more</source>
        <translation>%1 bernilai negatif, sepatutnya bilangan atau jumlah 0 atau lebih</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a period: expected YYYY[-MM[-DD]], START/END or /END</source>
        <translation>&quot;%1&quot; bukan tempoh: sepatutnya YYYY[-MM[-DD]], START/END atau /END</translation>
    </message>
    <message>
        <source>unknown measure &quot;%1&quot;, expected period, cumulative or point</source>
        <translation>jenis ukuran tidak dikenali &quot;%1&quot;, sepatutnya period, cumulative atau point</translation>
    </message>
    <message>
        <source>expected a figure id, got %1</source>
        <translation>sepatutnya ID bagi sesuatu angka, tetapi ditemui %1</translation>
    </message>
    <message>
        <source>a derived figure has no numeral of its own; remove the field</source>
        <translation>angka yang dikira tidak mempunyai sebutan nombornya sendiri dalam teks; buang medan &quot;numeral&quot;</translation>
    </message>
    <message>
        <source>unknown chart kind &quot;%1&quot;, expected bar, hbar, pie, timeline or facts</source>
        <translation>jenis carta tidak dikenali &quot;%1&quot;, sepatutnya bar, hbar, pie, timeline atau facts</translation>
    </message>
    <message>
        <source>expected at least one figure</source>
        <translation>sepatutnya sekurang-kurangnya satu angka</translation>
    </message>
    <message>
        <source>expected &quot;tongdao-dataset&quot;</source>
        <translation>sepatutnya &quot;tongdao-dataset&quot;</translation>
    </message>
    <message>
        <source>unsupported schema version %1, this Tongdao reads version %2</source>
        <translation>versi skema %1 tidak disokong; Tongdao ini membaca versi %2</translation>
    </message>
    <message>
        <source>expected a date as YYYY-MM-DD or YYYY-MM</source>
        <translation>sepatutnya tarikh dalam bentuk YYYY-MM-DD atau YYYY-MM</translation>
    </message>
    <message>
        <source>%1 figures, more than the limit of %2</source>
        <translation>%1 angka, melebihi had %2</translation>
    </message>
    <message>
        <source>%1 charts, more than the limit of %2</source>
        <translation>%1 carta, melebihi had %2</translation>
    </message>
    <message>
        <source>the file is empty, expected a JSON object</source>
        <translation>fail kosong, sepatutnya objek JSON</translation>
    </message>
    <message>
        <source>malformed JSON: %1</source>
        <translation>JSON tidak sah: %1</translation>
    </message>
    <message>
        <source>expected a JSON object at the top level, got an array</source>
        <translation>sepatutnya objek JSON pada peringkat atas, tetapi ditemui tatasusunan</translation>
    </message>
    <message>
        <source>expected a path relative to the dataset&apos;s folder, inside it</source>
        <translation>sepatutnya laluan relatif kepada folder set data, dan berada di dalamnya</translation>
    </message>
    <message>
        <source>the report text is empty</source>
        <translation>teks laporan kosong</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in the quote “%2”</source>
        <translation>&quot;%1&quot; tiada dalam petikan “%2”</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one whole number expression of the quote</source>
        <translation>&quot;%1&quot; bukan satu ungkapan nombor yang lengkap dalam petikan</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date</source>
        <translation>&quot;%1&quot; bukan tarikh</translation>
    </message>
    <message>
        <source>the text says %1, the value says %2</source>
        <translation>teks menyatakan %1, tetapi medan &quot;value&quot; menyatakan %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a quantity in %2</source>
        <translation>&quot;%1&quot; bukan kuantiti dalam %2</translation>
    </message>
    <message>
        <source>%1 does not match the text, which says %2 (&quot;%3&quot;)</source>
        <translation>%1 tidak sepadan dengan teks, yang menyatakan %2 (&quot;%3&quot;)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not fit the text&apos;s measure word &quot;%2&quot;</source>
        <translation>&quot;%1&quot; tidak sepadan dengan penjodoh bilangan dalam teks, &quot;%2&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not match the text, which says %2 (&quot;%3&quot;)</source>
        <translation>&quot;%1&quot; tidak sepadan dengan teks, yang menyatakan %2 (&quot;%3&quot;)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; depends on itself through its inputs (a cycle)</source>
        <translation>&quot;%1&quot; bergantung pada dirinya sendiri melalui inputnya (kitaran)</translation>
    </message>
    <message>
        <source>expected exactly the figures the formula uses: %1</source>
        <translation>sepatutnya angka yang sama dengan yang digunakan oleh formula, tidak lebih dan tidak kurang: %1</translation>
    </message>
    <message>
        <source>unknown figure &quot;%1&quot;</source>
        <translation>angka tidak dikenali &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a date, expected a number</source>
        <translation>&quot;%1&quot; ialah tarikh, sepatutnya nombor</translation>
    </message>
    <message>
        <source>the formula has no finite result</source>
        <translation>formula tidak menghasilkan nilai terhingga</translation>
    </message>
    <message>
        <source>%1 does not match its formula, which gives %2</source>
        <translation>%1 tidak sepadan dengan formulanya, yang memberikan %2</translation>
    </message>
    <message>
        <source>unknown category &quot;%1&quot;</source>
        <translation>kategori tidak dikenali &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a timeline shows dates; &quot;%1&quot; is not one</source>
        <translation>garis masa memaparkan tarikh; &quot;%1&quot; bukan tarikh</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a date; only a timeline shows dates</source>
        <translation>&quot;%1&quot; ialah tarikh; hanya garis masa yang memaparkan tarikh</translation>
    </message>
    <message>
        <source>unit &quot;%1&quot; differs from &quot;%2&quot;: one chart never mixes units</source>
        <translation>unit &quot;%1&quot; berbeza daripada &quot;%2&quot;: satu carta tidak boleh mencampurkan unit</translation>
    </message>
    <message>
        <source>unknown figure &quot;{%1}&quot;</source>
        <translation>angka tidak dikenali &quot;{%1}&quot;</translation>
    </message>
    <message>
        <source>duplicate id &quot;%1&quot;</source>
        <translation>ID pendua &quot;%1&quot;</translation>
    </message>
    <message>
        <source>duplicate id &quot;%1&quot;, first used by figures[%2]</source>
        <translation>ID pendua &quot;%1&quot;, pertama kali digunakan oleh figures[%2]</translation>
    </message>
    <message>
        <source>“%1” is not in the report text</source>
        <translation>“%1” tiada dalam teks laporan</translation>
    </message>
    <message>
        <source>the quote occurs only %1 times</source>
        <translation>petikan hanya muncul %1 kali</translation>
    </message>
    <message>
        <source>expected an object, got %1</source>
        <translation>sepatutnya objek, tetapi ditemui %1</translation>
    </message>
    <message>
        <source>missing required field &quot;%1&quot;</source>
        <translation>medan wajib &quot;%1&quot; tiada</translation>
    </message>
    <message>
        <source>expected a string, got %1</source>
        <translation>sepatutnya rentetan, tetapi ditemui %1</translation>
    </message>
    <message>
        <source>expected a non-empty string</source>
        <translation>sepatutnya rentetan yang tidak kosong</translation>
    </message>
    <message>
        <source>expected a number, got %1</source>
        <translation>sepatutnya nombor, tetapi ditemui %1</translation>
    </message>
    <message>
        <source>expected a finite number</source>
        <translation>sepatutnya nombor terhingga</translation>
    </message>
    <message>
        <source>expected a whole number from %1 to %2</source>
        <translation>sepatutnya nombor bulat dari %1 hingga %2</translation>
    </message>
    <message>
        <source>expected an array, got %1</source>
        <translation>sepatutnya tatasusunan, tetapi ditemui %1</translation>
    </message>
    <message>
        <source>unknown field, expected one of: %1</source>
        <translation>medan tidak dikenali, sepatutnya salah satu daripada: %1</translation>
    </message>
    <message>
        <source>nested deeper than the limit of %1 levels</source>
        <translation>bersarang lebih dalam daripada had %1 aras</translation>
    </message>
    <message>
        <source>string of %1 characters, more than the limit of %2</source>
        <translation>rentetan %1 aksara, melebihi had %2</translation>
    </message>
    <message>
        <source>null</source>
        <comment>a JSON type, as in: expected a string, got null</comment>
        <translation>null</translation>
    </message>
    <message>
        <source>a boolean</source>
        <comment>a JSON type, as in: expected a string, got a boolean</comment>
        <translation>nilai boolean</translation>
    </message>
    <message>
        <source>a number</source>
        <comment>a JSON type, as in: expected a string, got a number</comment>
        <translation>nombor</translation>
    </message>
    <message>
        <source>a string</source>
        <comment>a JSON type, as in: expected a number, got a string</comment>
        <translation>rentetan</translation>
    </message>
    <message>
        <source>an array</source>
        <comment>a JSON type, as in: expected an object, got an array</comment>
        <translation>tatasusunan</translation>
    </message>
    <message>
        <source>an object</source>
        <comment>a JSON type, as in: expected an array, got an object</comment>
        <translation>objek</translation>
    </message>
    <message>
        <source>nothing</source>
        <comment>a JSON type, as in: expected a string, got nothing</comment>
        <translation>tiada nilai</translation>
    </message>
    <message>
        <source>label &quot;%1&quot; (%2) repeats another bar&apos;s; each bar needs its own</source>
        <translation>label &quot;%1&quot; (%2) sama dengan label bar lain; setiap bar memerlukan labelnya sendiri</translation>
    </message>
    <message>
        <source>the quotes cannot be located in reasonable time: the text or the quotes are too repetitive</source>
        <translation>petikan tidak dapat dikesan dalam masa yang munasabah: teks atau petikan terlalu berulang</translation>
    </message>
    <message>
        <source>“%1” occurs more than once in the text; lengthen it or add &quot;occurrence&quot;</source>
        <translation>“%1” muncul lebih daripada sekali dalam teks; panjangkannya atau tambah &quot;occurrence&quot;</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>(peringkat atas)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already plotted in this chart</source>
        <translation>&quot;%1&quot; sudah diplot dalam carta ini</translation>
    </message>
    <message>
        <source>unknown qualifier &quot;%1&quot;, expected exact, approximate, more-than, less-than, about-at-least or about-at-most</source>
        <translation>ketepatan &quot;%1&quot; tidak dikenali, sepatutnya exact, approximate, more-than, less-than, about-at-least atau about-at-most</translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot;, expected reported or scheduled</source>
        <translation>status &quot;%1&quot; tidak dikenali, sepatutnya reported atau scheduled</translation>
    </message>
    <message>
        <source>its inputs are bounds on opposite sides (more than and less than): no qualifier follows, so the figure cannot be derived</source>
        <translation>inputnya ialah had pada arah bertentangan (lebih daripada dan kurang daripada): ketepatannya tidak dapat ditentukan, jadi angka ini tidak dapat dikira</translation>
    </message>
    <message>
        <source>&quot;%1&quot;, but its inputs make it &quot;%2&quot;</source>
        <translation>&quot;%1&quot;, tetapi inputnya menjadikannya &quot;%2&quot;</translation>
    </message>
    <message>
        <source>a derived figure quotes all its inputs; “%1” of &quot;%2&quot; is not in it</source>
        <translation>angka yang dikira memetik semua inputnya; “%1” bagi &quot;%2&quot; tiada di dalamnya</translation>
    </message>
    <message>
        <source>the quote speaks of what is still to come; expected &quot;scheduled&quot;</source>
        <translation>petikan menyebut sesuatu yang belum berlaku; sepatutnya &quot;scheduled&quot;</translation>
    </message>
    <message>
        <source>&quot;scheduled&quot;, but the quote does not say that it is still to come</source>
        <translation>&quot;scheduled&quot;, tetapi petikan tidak menyatakan bahawa ia belum berlaku</translation>
    </message>
    <message>
        <source>another item of this chart has a scope, this one has none (%1); items that count different things each say what they count</source>
        <translation>item lain dalam carta ini mempunyai skop, item ini tiada (%1); item yang mengira perkara berbeza mesti menyatakan apa yang dikira</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language Tongdao translates into: expected en or ms</source>
        <translation>&quot;%1&quot; bukan bahasa terjemahan Tongdao: sepatutnya en atau ms</translation>
    </message>
    <message>
        <source>expected an object of translations by language, got %1</source>
        <translation>sepatutnya objek terjemahan mengikut bahasa, tetapi ditemui %1</translation>
    </message>
    <message>
        <source>expected an object of phrases by language, got %1</source>
        <translation>sepatutnya objek frasa mengikut bahasa, tetapi ditemui %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language Tongdao reads reports in: expected zh_CN or en</source>
        <translation>&quot;%1&quot; bukan bahasa laporan yang dibaca oleh Tongdao: sepatutnya zh_CN atau en</translation>
    </message>
    <message>
        <source>expected &quot;sha256:&quot; and 64 lower-case hexadecimal digits</source>
        <translation>sepatutnya &quot;sha256:&quot; diikuti 64 digit perenambelasan huruf kecil</translation>
    </message>
    <message>
        <source>translations are read for a Chinese report only</source>
        <translation>terjemahan hanya dibaca bagi laporan bahasa Cina</translation>
    </message>
    <message>
        <source>the text %1 changed since the dataset was saved (its SHA-256 differs); the quotes still found in it can be re-anchored</source>
        <translation>teks %1 telah berubah sejak set data disimpan (SHA-256nya berbeza); petikan yang masih dikesan di dalamnya boleh ditambat semula</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a period: expected the unit &quot;date&quot;</source>
        <translation>&quot;%1&quot; ialah tempoh: unit sepatutnya &quot;date&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a candidate, still undecided: decide it before charting it</source>
        <translation>&quot;%1&quot; ialah calon yang masih belum diputuskan: putuskan dahulu sebelum mencartakannya</translation>
    </message>
    <message>
        <source>a derived figure is computed from decided figures, never a candidate</source>
        <translation>angka yang dikira dihitung daripada angka yang telah diputuskan, dan tidak boleh menjadi calon</translation>
    </message>
    <message>
        <source>expected true or false, got %1</source>
        <translation>sepatutnya true atau false, tetapi ditemui %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is still undecided: decide it before deriving from it</source>
        <translation>&quot;%1&quot; masih belum diputuskan: putuskan dahulu sebelum mengira daripadanya</translation>
    </message>
</context>
<context>
    <name>tongdao::DatasetWriter</name>
    <message>
        <source>%1 exists; not overwritten</source>
        <translation>%1 sudah wujud; tidak ditulis ganti</translation>
    </message>
    <message>
        <source>%1: the report&apos;s text &quot;%2&quot; is not a path inside the dataset&apos;s folder</source>
        <translation>%1: teks laporan &quot;%2&quot; bukan laluan di dalam folder set data</translation>
    </message>
    <message>
        <source>%1: the dataset does not say where its text is</source>
        <translation>%1: set data tidak menyatakan lokasi teksnya</translation>
    </message>
    <message>
        <source>%1: the text changed since it was read; the dataset is not written</source>
        <translation>%1: teks telah berubah sejak dibaca; set data tidak ditulis</translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1: tidak dapat mencipta folder</translation>
    </message>
    <message>
        <source>%1 exists and is not the file the dataset refers to; not overwritten</source>
        <translation>%1 sudah wujud dan bukan fail yang dirujuk oleh set data; tidak ditulis ganti</translation>
    </message>
    <message>
        <source>%1 is the report&apos;s text or a translation; the dataset is not written over it</source>
        <translation>%1 ialah teks laporan atau terjemahannya; set data tidak ditulis di atasnya</translation>
    </message>
</context>
<context>
    <name>tongdao::EditSession</name>
    <message>
        <source>duplicate id &quot;%1&quot;</source>
        <translation>ID pendua &quot;%1&quot;</translation>
    </message>
    <message>
        <source>cannot create the folder</source>
        <translation>tidak dapat mencipta folder</translation>
    </message>
</context>
<context>
    <name>tongdao::EditorController</name>
    <message>
        <source>Charted %1. F8 goes to the next undecided number.</source>
        <translation>%1 telah dicartakan. F8 pergi ke nombor belum diputuskan yang seterusnya.</translation>
    </message>
    <message>
        <source>New dataset from text</source>
        <translation>Set data baharu daripada teks</translation>
    </message>
    <message>
        <source>Plain text (*.txt);;All files (*)</source>
        <translation>Teks biasa (*.txt);;Semua fail (*)</translation>
    </message>
    <message>
        <source>Save dataset</source>
        <translation>Simpan set data</translation>
    </message>
    <message>
        <source>Tongdao datasets (*.json)</source>
        <translation>Set data Tongdao (*.json)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Buat asal</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Buat sem&amp;ula</translation>
    </message>
    <message>
        <source>Select the figure to derive from first.</source>
        <translation>Pilih dahulu angka yang menjadi asas pengiraan.</translation>
    </message>
    <message>
        <source>Select the figure the new chart starts with first.</source>
        <translation>Pilih dahulu angka pertama bagi carta baharu.</translation>
    </message>
    <message>
        <source>&amp;New dataset from text…</source>
        <translation>Set data baharu daripada &amp;teks…</translation>
    </message>
    <message>
        <source>Edit &amp;this dataset</source>
        <translation>Sunting set data &amp;ini</translation>
    </message>
    <message>
        <source>&amp;Save dataset</source>
        <translation>Si&amp;mpan set data</translation>
    </message>
    <message>
        <source>Pre&amp;vious undecided number</source>
        <translation>Nombor belum diputuskan sebelu&amp;mnya</translation>
    </message>
    <message>
        <source>New c&amp;hart from the figure</source>
        <translation>Carta baharu &amp;daripada angka ini</translation>
    </message>
    <message>
        <source>Re&amp;move this chart</source>
        <translation>Buang carta &amp;ini</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Penyunting</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Angka</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>found %1, charted %2, excused %3, undecided %4</source>
        <translation>ditemui %1, dicartakan %2, dikecualikan %3, belum diputuskan %4</translation>
    </message>
    <message>
        <source>Cannot read the text</source>
        <translation>Tidak dapat membaca teks</translation>
    </message>
    <message>
        <source>Every number found is undecided: click one, or press F8.</source>
        <translation>Semua nombor yang ditemui belum diputuskan: klik salah satu, atau tekan F8.</translation>
    </message>
    <message>
        <source>Cannot save the dataset</source>
        <translation>Tidak dapat menyimpan set data</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 telah disimpan</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Perubahan belum disimpan</translation>
    </message>
    <message>
        <source>The dataset has changes that are not saved. Save them?</source>
        <translation>Set data ini mempunyai perubahan yang belum disimpan. Simpan perubahan itu?</translation>
    </message>
    <message>
        <source>No number is undecided.</source>
        <translation>Tiada nombor yang belum diputuskan.</translation>
    </message>
    <message>
        <source>a dataset never saved</source>
        <translation>set data yang tidak pernah disimpan</translation>
    </message>
    <message>
        <source>Recover unsaved changes?</source>
        <translation>Pulihkan perubahan yang belum disimpan?</translation>
    </message>
    <message>
        <source>Tongdao closed without saving %1. Its changes were kept at %2. Recover them?</source>
        <translation>Tongdao ditutup tanpa menyimpan %1. Perubahannya dikekalkan di %2. Pulihkan perubahan itu?</translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <translation>&amp;Pulihkan</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Buang</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Kemudian</translation>
    </message>
    <message>
        <source>Cannot recover: %1</source>
        <translation>Tidak dapat dipulihkan: %1</translation>
    </message>
    <message>
        <source>Recovered: not saved yet.</source>
        <translation>Telah dipulihkan: belum disimpan.</translation>
    </message>
    <message>
        <source>The report&apos;s text has changed</source>
        <translation>Teks laporan telah berubah</translation>
    </message>
    <message>
        <source>The text %1 refers to is not the one it was made from. Re-anchor the quotes that are still found in the new text, and open it for editing?</source>
        <translation>Teks yang dirujuk oleh %1 bukan lagi teks yang digunakan semasa ia dibuat. Tambat semula petikan yang masih dikesan dalam teks baharu, dan bukanya untuk disunting?</translation>
    </message>
    <message>
        <source>Cannot re-anchor</source>
        <translation>Tidak dapat menambat semula</translation>
    </message>
    <message>
        <source>Sa&amp;ve dataset as…</source>
        <translation>Simpan set data seba&amp;gai…</translation>
    </message>
    <message>
        <source>&amp;Next undecided number</source>
        <translation>Nombor belum diputuskan s&amp;eterusnya</translation>
    </message>
    <message>
        <source>New &amp;derived figure</source>
        <translation>&amp;Angka dikira baharu</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Buat asal: %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>Buat sem&amp;ula: %1</translation>
    </message>
    <message>
        <source>Every quote was found again in the new text.</source>
        <translation>Setiap petikan dikesan semula dalam teks baharu.</translation>
    </message>
    <message numerus="yes">
        <source>%n figure(s) whose quote is gone were left out: %1; their numbers are undecided again.</source>
        <translation>
            <numerusform>%n angka yang petikannya sudah tiada telah dikeluarkan: %1; nombornya kembali belum diputuskan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n chart(s) left empty were removed: %1.</source>
        <translation>
            <numerusform>%n carta yang sudah kosong telah dibuang: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n excuse(s) no longer in the text were removed.</source>
        <translation>
            <numerusform>%n pengecualian yang tiada lagi dalam teks telah dibuang.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>Belum disimpan.</translation>
    </message>
</context>
<context>
    <name>tongdao::ExportDialog</name>
    <message>
        <source>1200 × 675 (web)</source>
        <translation>1200 × 675 (web)</translation>
    </message>
    <message>
        <source>1600 × 900 (slides)</source>
        <translation>1600 × 900 (slaid)</translation>
    </message>
    <message>
        <source>1920 × 1080 (full HD)</source>
        <translation>1920 × 1080 (HD penuh)</translation>
    </message>
    <message>
        <source>A4 landscape (1123 × 794)</source>
        <translation>A4 landskap (1123 × 794)</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Eksport carta</translation>
    </message>
    <message>
        <source>Export all charts</source>
        <translation>Eksport semua carta</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;Saiz:</translation>
    </message>
    <message>
        <source>S&amp;cale:</source>
        <translation>S&amp;kala:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>Source line:</source>
        <translation>Baris sumber:</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>Fa&amp;il:</translation>
    </message>
    <message>
        <source>F&amp;older:</source>
        <translation>F&amp;older:</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Tersuai</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Cerah</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Gelap</translation>
    </message>
    <message>
        <source>Transparent background</source>
        <translation>Latar belakang lut sinar</translation>
    </message>
    <message>
        <source>Include the source line</source>
        <translation>Sertakan baris sumber</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Semak imbas…</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Pilih fail</translation>
    </message>
    <message>
        <source>Choose the folder</source>
        <translation>Pilih folder</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Lebar</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Tinggi</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>Fail %1 (*.%2)</translation>
    </message>
    <message>
        <source> px</source>
        <comment>pixels</comment>
        <translation> px</translation>
    </message>
</context>
<context>
    <name>tongdao::ExportJob</name>
    <message>
        <source>chart &quot;%1&quot;: no installed font can draw “%2” (U+%3), which would show as a box; install a font for Chinese, such as fonts-noto-cjk</source>
        <translation>carta &quot;%1&quot;: tiada fon terpasang yang dapat melukis “%2” (U+%3), jadi ia akan dipaparkan sebagai kotak; pasang fon untuk bahasa Cina, seperti fonts-noto-cjk</translation>
    </message>
    <message>
        <source>there is no report to export</source>
        <translation>tiada laporan untuk dieksport</translation>
    </message>
    <message>
        <source>unknown chart &quot;%1&quot;, expected one of: %2</source>
        <translation>carta tidak dikenali &quot;%1&quot;, sepatutnya salah satu daripada: %2</translation>
    </message>
    <message>
        <source>the report has no chart to export</source>
        <translation>laporan ini tiada carta untuk dieksport</translation>
    </message>
    <message numerus="yes">
        <source>%n charts cannot go into one file; export them into a folder</source>
        <translation>
            <numerusform>%n carta tidak boleh dimasukkan ke dalam satu fail; eksport ke dalam folder</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 exists; not overwritten</source>
        <translation>%1 sudah wujud; tidak ditulis ganti</translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1: tidak dapat mencipta folder</translation>
    </message>
</context>
<context>
    <name>tongdao::FigureEditor</name>
    <message>
        <source>Problem</source>
        <translation>Masalah</translation>
    </message>
    <message>
        <source>Or excuse the number: why it is not charted</source>
        <translation>Atau kecualikan nombor ini: sebab ia tidak dicartakan</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Guna</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>E&amp;xcuse</source>
        <translation>Kecu&amp;alikan</translation>
    </message>
    <message>
        <source>List the number as not charted, with the reason given below</source>
        <translation>Senaraikan nombor ini sebagai tidak dicartakan, dengan sebab yang diberikan di bawah</translation>
    </message>
    <message>
        <source>Figure %1</source>
        <translation>Angka %1</translation>
    </message>
    <message>
        <source>New derived figure</source>
        <translation>Angka dikira baharu</translation>
    </message>
    <message>
        <source>Undecided number: %1</source>
        <translation>Nombor belum diputuskan: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>a label in the report&apos;s language is required</source>
        <translation>label dalam bahasa laporan diperlukan</translation>
    </message>
    <message>
        <source>Chart %1</source>
        <translation>Cartakan %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Sunting %1</translation>
    </message>
    <message>
        <source>Excuse %1</source>
        <translation>Kecualikan %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Buang %1</translation>
    </message>
    <message>
        <source>C&amp;hart this number</source>
        <translation>&amp;Cartakan nombor ini</translation>
    </message>
    <message>
        <source>Remove fi&amp;gure</source>
        <translation>&amp;Hapuskan angka</translation>
    </message>
</context>
<context>
    <name>tongdao::FigureForm</name>
    <message>
        <source>&amp;Quote</source>
        <translation>&amp;Petikan</translation>
    </message>
    <message>
        <source>Numeral</source>
        <translation>Sebutan nombor</translation>
    </message>
    <message>
        <source>&amp;Label</source>
        <translation>&amp;Label</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>&amp;Kategori</translation>
    </message>
    <message>
        <source>&amp;Value</source>
        <translation>&amp;Nilai</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>&amp;Unit</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>&amp;Tempoh</translation>
    </message>
    <message>
        <source>&amp;Measure</source>
        <translation>Uku&amp;ran</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>&amp;Id</source>
        <translation>&amp;ID</translation>
    </message>
    <message>
        <source>Derived from other figures</source>
        <translation>Dikira daripada angka lain</translation>
    </message>
    <message>
        <source>&amp;Formula</source>
        <translation>&amp;Formula</translation>
    </message>
    <message>
        <source>&amp;Round to decimals</source>
        <translation>&amp;Bundarkan kepada tempat perpuluhan</translation>
    </message>
    <message>
        <source>{figure-id} - {other-id}</source>
        <translation>{figure-id} - {other-id}</translation>
    </message>
    <message>
        <source>no rounding</source>
        <translation>tiada pembundaran</translation>
    </message>
    <message>
        <source>In base units: 322亿 is 32200000000; a date as YYYY-MM-DD, YYYY-MM or YYYY.</source>
        <translation>Dalam unit asas: 322亿 ialah 32200000000; tarikh sebagai YYYY-MM-DD, YYYY-MM atau YYYY.</translation>
    </message>
    <message>
        <source>2020-01/2020-09, 2019, /2020-09 or empty</source>
        <translation>2020-01/2020-09, 2019, /2020-09 atau kosong</translation>
    </message>
    <message>
        <source>The quote is the selection: widen or narrow it with the mouse or Shift+arrow keys.</source>
        <translation>Petikan ialah teks yang dipilih: luaskan atau sempitkan dengan tetikus atau kekunci Shift+anak panah.</translation>
    </message>
    <message>
        <source>What the figure counts</source>
        <translation>Apa yang dikira oleh angka ini</translation>
    </message>
    <message>
        <source>over its period</source>
        <translation>sepanjang tempohnya</translation>
    </message>
    <message>
        <source>running total to its end</source>
        <translation>jumlah terkumpul hingga akhir tempoh</translation>
    </message>
    <message>
        <source>at a point in time</source>
        <translation>pada satu titik masa</translation>
    </message>
    <message>
        <source>reported: it has happened</source>
        <translation>dilaporkan: sudah berlaku</translation>
    </message>
    <message>
        <source>scheduled: still to come</source>
        <translation>dijadualkan: belum berlaku</translation>
    </message>
    <message>
        <source>(derived: the formula&apos;s inputs are marked in the quote)</source>
        <translation>(dikira: input formula ditandakan dalam petikan)</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>Formula</translation>
    </message>
    <message>
        <source>Qualifi&amp;er</source>
        <translation>K&amp;etepatan</translation>
    </message>
</context>
<context>
    <name>tongdao::FindBar</name>
    <message>
        <source>Find in the report</source>
        <translation>Cari dalam laporan</translation>
    </message>
    <message>
        <source>Find previous (Shift+Enter)</source>
        <translation>Cari sebelumnya (Shift+Enter)</translation>
    </message>
    <message>
        <source>Find previous</source>
        <translation>Cari sebelumnya</translation>
    </message>
    <message>
        <source>Find next (Enter)</source>
        <translation>Cari seterusnya (Enter)</translation>
    </message>
    <message>
        <source>Find next</source>
        <translation>Cari seterusnya</translation>
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation>Tutup bar carian (Esc)</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>Tutup bar carian</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Tidak ditemui</translation>
    </message>
</context>
<context>
    <name>tongdao::Formula</name>
    <message>
        <source>formula longer than %1 characters</source>
        <translation>formula melebihi %1 aksara</translation>
    </message>
    <message>
        <source>parentheses nested deeper than %1</source>
        <translation>tanda kurung bersarang lebih dalam daripada %1 aras</translation>
    </message>
    <message>
        <source>unclosed &apos;{&apos; at %1</source>
        <translation>&apos;{&apos; tidak ditutup pada kedudukan %1</translation>
    </message>
    <message>
        <source>empty reference at %1</source>
        <translation>rujukan kosong pada kedudukan %1</translation>
    </message>
    <message>
        <source>bad number at %1</source>
        <translation>nombor tidak sah pada kedudukan %1</translation>
    </message>
    <message>
        <source>expected a number, {figure-id} or &apos;(&apos; at %1</source>
        <translation>sepatutnya nombor, {figure-id} atau &apos;(&apos; pada kedudukan %1</translation>
    </message>
    <message>
        <source>unexpected &apos;)&apos; at %1</source>
        <translation>&apos;)&apos; berlebihan pada kedudukan %1</translation>
    </message>
    <message>
        <source>expected an operator at %1</source>
        <translation>sepatutnya pengendali pada kedudukan %1</translation>
    </message>
    <message>
        <source>formula ends without an operand</source>
        <translation>formula berakhir tanpa operan</translation>
    </message>
    <message>
        <source>unclosed &apos;(&apos;</source>
        <translation>&apos;(&apos; tidak ditutup</translation>
    </message>
</context>
<context>
    <name>tongdao::MainWindow</name>
    <message>
        <source>Click a bar, a row or a highlighted number to see where the report states it.</source>
        <translation>Klik bar, baris atau nombor yang diserlahkan untuk melihat tempat laporan menyatakannya.</translation>
    </message>
    <message>
        <source>%1 of %2 numbers charted</source>
        <translation>%1 daripada %2 nombor dicartakan</translation>
    </message>
    <message>
        <source>No font for Chinese is installed: Chinese text shows as boxes.</source>
        <translation>Tiada fon Cina dipasang: teks Cina dipaparkan sebagai kotak.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fail</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Sunting</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Paparan</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Bantuan</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Bar alat utama</translation>
    </message>
    <message>
        <source>&amp;Open report…</source>
        <translation>&amp;Buka laporan…</translation>
    </message>
    <message>
        <source>&amp;Export chart…</source>
        <translation>&amp;Eksport carta…</translation>
    </message>
    <message>
        <source>Export &amp;all charts…</source>
        <translation>Eksport &amp;semua carta…</translation>
    </message>
    <message>
        <source>Export &amp;data…</source>
        <translation>Eksport &amp;data…</translation>
    </message>
    <message>
        <source>&amp;Print chart…</source>
        <translation>&amp;Cetak carta…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <source>&amp;Copy chart</source>
        <translation>&amp;Salin carta</translation>
    </message>
    <message>
        <source>&amp;Find in text…</source>
        <translation>&amp;Cari dalam teks…</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>&amp;Besarkan teks</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>&amp;Kecilkan teks</translation>
    </message>
    <message>
        <source>&amp;Next chart</source>
        <translation>Carta s&amp;eterusnya</translation>
    </message>
    <message>
        <source>&amp;Previous chart</source>
        <translation>Carta &amp;sebelumnya</translation>
    </message>
    <message>
        <source>Go to c&amp;hart</source>
        <translation>Pergi ke &amp;carta</translation>
    </message>
    <message>
        <source>Go to chart &amp;data</source>
        <translation>Pergi ke &amp;data carta</translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation>Ikut &amp;sistem</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Cerah</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Gelap</translation>
    </message>
    <message>
        <source>&amp;About Tongdao</source>
        <translation>Perihal &amp;Tongdao</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Perihal &amp;Qt</translation>
    </message>
    <message>
        <source>Open report</source>
        <translation>Buka laporan</translation>
    </message>
    <message>
        <source>Tongdao datasets (*.json);;All files (*)</source>
        <translation>Set data Tongdao (*.json);;Semua fail (*)</translation>
    </message>
    <message>
        <source>Cannot open the report</source>
        <translation>Tidak dapat membuka laporan</translation>
    </message>
    <message>
        <source>Replace files?</source>
        <translation>Gantikan fail?</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) already exist and will be replaced:
%1</source>
        <translation>
            <numerusform>%n fail sudah wujud dan akan digantikan:
%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Eksport gagal</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1 telah dieksport</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n chart(s) to %1</source>
        <translation>
            <numerusform>%n carta telah dieksport ke %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Export data</source>
        <translation>Eksport data</translation>
    </message>
    <message>
        <source>Chart copied as an image and as SVG.</source>
        <translation>Carta telah disalin sebagai imej dan sebagai SVG.</translation>
    </message>
    <message>
        <source>&lt;p&gt;The report open now:&lt;br&gt;&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;%3&lt;/p&gt;</source>
        <translation>&lt;p&gt;Laporan yang sedang dibuka:&lt;br&gt;&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;%3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Tongdao</source>
        <translation>Perihal Tongdao</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Tongdao %1&lt;/h3&gt;&lt;p&gt;The figures of a report as charts you can trust: every number is tied to the sentence that states it.&lt;/p&gt;%2</source>
        <translation>&lt;h3&gt;Tongdao %1&lt;/h3&gt;&lt;p&gt;Angka dalam laporan sebagai carta yang boleh dipercayai: setiap nombor dikaitkan dengan ayat yang menyatakannya.&lt;/p&gt;%2</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>Fail CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>Fail JSON (*.json)</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Tidak dapat mengeksport</translation>
    </message>
    <message>
        <source>Not copied: %1</source>
        <translation>Tidak disalin: %1</translation>
    </message>
    <message>
        <source>Cannot print</source>
        <translation>Tidak dapat mencetak</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>Ba&amp;hasa</translation>
    </message>
    <message>
        <source>Normal text si&amp;ze</source>
        <translation>Saiz teks &amp;normal</translation>
    </message>
    <message>
        <source>Go to chart l&amp;ist</source>
        <translation>Pergi ke sen&amp;arai carta</translation>
    </message>
    <message>
        <source>Go to report te&amp;xt</source>
        <translation>Pergi ke teks &amp;laporan</translation>
    </message>
    <message>
        <source>&amp;Report text</source>
        <translation>Teks lapo&amp;ran</translation>
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
        <translation>Tunjukkan &amp;jadual data</translation>
    </message>
    <message>
        <source>Data table</source>
        <translation>Jadual data</translation>
    </message>
    <message>
        <source>Show or hide the chart&apos;s data table. On a small screen it collapses by itself to make room for the chart.</source>
        <translation>Tunjukkan atau sembunyikan jadual data carta. Pada skrin kecil, jadual ini dilipat dengan sendirinya untuk memberi ruang kepada carta.</translation>
    </message>
</context>
<context>
    <name>tongdao::NavigatorPane</name>
    <message>
        <source>The report&apos;s charts, grouped by topic</source>
        <translation>Carta laporan, dikumpulkan mengikut topik</translation>
    </message>
    <message>
        <source>Chart list</source>
        <translation>Senarai carta</translation>
    </message>
</context>
<context>
    <name>tongdao::NumberFormatter</name>
    <message>
        <source>about %1</source>
        <translation>kira-kira %1</translation>
    </message>
    <message>
        <source>≈ %1</source>
        <comment>approximate value, compact form in charts</comment>
        <translation>≈ %1</translation>
    </message>
    <message>
        <source>more than %1</source>
        <translation>lebih daripada %1</translation>
    </message>
    <message>
        <source>&gt; %1</source>
        <comment>more than, compact form in charts</comment>
        <translation>&gt; %1</translation>
    </message>
    <message>
        <source>less than %1</source>
        <translation>kurang daripada %1</translation>
    </message>
    <message>
        <source>&lt; %1</source>
        <comment>less than, compact form in charts</comment>
        <translation>&lt; %1</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>tepat</translation>
    </message>
    <message>
        <source>approximate</source>
        <translation>anggaran</translation>
    </message>
    <message>
        <source>more than</source>
        <translation>lebih daripada</translation>
    </message>
    <message>
        <source>less than</source>
        <translation>kurang daripada</translation>
    </message>
    <message>
        <source>to %1</source>
        <comment>a cumulative figure up to a date</comment>
        <translation>hingga %1</translation>
    </message>
    <message>
        <source>at least about %1</source>
        <comment>a derived lower bound that is itself approximate</comment>
        <translation>sekurang-kurangnya kira-kira %1</translation>
    </message>
    <message>
        <source>at most about %1</source>
        <comment>a derived upper bound that is itself approximate</comment>
        <translation>paling banyak kira-kira %1</translation>
    </message>
    <message>
        <source>%1 (scheduled)</source>
        <comment>an event the report says is still to come (将举行)</comment>
        <translation>%1 (dijadualkan)</translation>
    </message>
    <message>
        <source>%1 (derived)</source>
        <comment>a value computed from figures the report states, not stated itself</comment>
        <translation>%1 (dikira)</translation>
    </message>
    <message>
        <source>about, at least</source>
        <translation>kira-kira, sekurang-kurangnya</translation>
    </message>
    <message>
        <source>about, at most</source>
        <translation>kira-kira, paling banyak</translation>
    </message>
</context>
<context>
    <name>tongdao::PngWriter</name>
    <message>
        <source>the image is empty</source>
        <translation>imej kosong</translation>
    </message>
    <message>
        <source>the PNG encoder could not start</source>
        <translation>pengekod PNG tidak dapat dimulakan</translation>
    </message>
    <message>
        <source>the PNG encoder failed</source>
        <translation>pengekodan PNG gagal</translation>
    </message>
</context>
<context>
    <name>tongdao::ReaderPane</name>
    <message>
        <source>Report text</source>
        <translation>Teks laporan</translation>
    </message>
    <message>
        <source>The report as published, in Chinese; charted figures are highlighted.</source>
        <translation>Laporan seperti yang diterbitkan, dalam bahasa Cina; angka yang dicartakan diserlahkan.</translation>
    </message>
    <message>
        <source>Click to show it in its chart.</source>
        <translation>Klik untuk menunjukkannya dalam cartanya.</translation>
    </message>
    <message>
        <source>Not charted: %1</source>
        <translation>Tidak dicartakan: %1</translation>
    </message>
    <message>
        <source>This number is neither charted nor listed as uncharted in the dataset.</source>
        <translation>Nombor ini tidak dicartakan dan tidak juga disenaraikan sebagai tidak dicartakan dalam set data.</translation>
    </message>
    <message>
        <source>Tongdao&apos;s translation. The Chinese original is authoritative.</source>
        <translation>Terjemahan Tongdao. Teks asal bahasa Cina adalah sahih.</translation>
    </message>
    <message>
        <source>&amp;Original</source>
        <translation>Teks &amp;asal</translation>
    </message>
    <message>
        <source>The report as published, in Chinese</source>
        <translation>Laporan seperti yang diterbitkan, dalam bahasa Cina</translation>
    </message>
    <message>
        <source>&amp;Translation</source>
        <translation>&amp;Terjemahan</translation>
    </message>
    <message>
        <source>Side &amp;by side</source>
        <translation>Ber&amp;sebelahan</translation>
    </message>
    <message>
        <source>The report in Chinese and in Tongdao&apos;s translation, which the Chinese original overrules; charted figures are highlighted.</source>
        <translation>Laporan dalam bahasa Cina dan dalam terjemahan Tongdao, yang tertakluk kepada teks asal bahasa Cina; angka yang dicartakan diserlahkan.</translation>
    </message>
    <message>
        <source>The interface is in Chinese, the report&apos;s own language: there is nothing to translate.</source>
        <translation>Antara muka dalam bahasa Cina, bahasa laporan itu sendiri: tiada apa untuk diterjemahkan.</translation>
    </message>
    <message>
        <source>The translation was refused: %1</source>
        <translation>Terjemahan ditolak: %1</translation>
    </message>
    <message>
        <source>This report has no translation into this language.</source>
        <translation>Laporan ini tiada terjemahan ke dalam bahasa ini.</translation>
    </message>
    <message>
        <source>The translation was refused, so the original is shown: %1</source>
        <translation>Terjemahan ditolak, jadi teks asal dipaparkan: %1</translation>
    </message>
</context>
<context>
    <name>tongdao::ReportFile</name>
    <message>
        <source>GB18030 (GBK) text, converted to Unicode; the file itself is unchanged</source>
        <translation>teks GB18030 (GBK), ditukar kepada Unicode; fail itu sendiri tidak diubah</translation>
    </message>
    <message>
        <source>%1; nor is it GB18030</source>
        <translation>%1; dan bukan juga GB18030</translation>
    </message>
    <message>
        <source>UTF-16 text, expected UTF-8 or GB18030: save it as UTF-8</source>
        <translation>teks UTF-16, sepatutnya UTF-8 atau GB18030: simpan sebagai UTF-8</translation>
    </message>
    <message>
        <source>binary data (a NUL byte), expected a plain text</source>
        <translation>data binari (bait NUL), sepatutnya teks biasa</translation>
    </message>
    <message>
        <source>binary data (%1 control characters), expected a plain text</source>
        <translation>data binari (%1 aksara kawalan), sepatutnya teks biasa</translation>
    </message>
    <message>
        <source>the text is empty, expected a report</source>
        <translation>teks kosong, sepatutnya sebuah laporan</translation>
    </message>
    <message>
        <source>no number in the text: nothing to chart</source>
        <translation>tiada nombor dalam teks: tiada apa-apa untuk dicartakan</translation>
    </message>
</context>
<context>
    <name>tongdao::ReportTranslation</name>
    <message>
        <source>no paragraph: the translation is empty</source>
        <translation>tiada perenggan: terjemahan kosong</translation>
    </message>
    <message>
        <source>paragraph %1 repeats paragraph %2 (line %3)</source>
        <translation>perenggan %1 mengulangi perenggan %2 (baris %3)</translation>
    </message>
</context>
<context>
    <name>tongdao::SafeFile</name>
    <message>
        <source>no such file</source>
        <translation>fail tidak wujud</translation>
    </message>
    <message>
        <source>is a directory, expected a file</source>
        <translation>ialah folder, sepatutnya fail</translation>
    </message>
    <message>
        <source>is not a regular file (a device, FIFO or socket), expected a file</source>
        <translation>bukan fail biasa (peranti, FIFO atau soket), sepatutnya fail</translation>
    </message>
    <message>
        <source>is %1 bytes, more than the limit of %2 bytes</source>
        <translation>bersaiz %1 bait, melebihi had %2 bait</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>tidak dapat dibaca: %1</translation>
    </message>
    <message>
        <source>is more than the limit of %1 bytes</source>
        <translation>melebihi had %1 bait</translation>
    </message>
    <message>
        <source>invalid UTF-8 (byte 0x%1), expected UTF-8 text</source>
        <translation>UTF-8 tidak sah (bait 0x%1), sepatutnya teks UTF-8</translation>
    </message>
</context>
<context>
    <name>tongdao::SaveFile</name>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: tidak dapat menulis: %2</translation>
    </message>
</context>
<context>
    <name>tongdao::StatisticsModel</name>
    <message>
        <source>derived</source>
        <translation>dikira</translation>
    </message>
    <message>
        <source>stated</source>
        <translation>dinyatakan</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Angka</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Tempoh</translation>
    </message>
    <message>
        <source>Qualifier</source>
        <translation>Ketepatan</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Sumber</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Petikan</translation>
    </message>
    <message>
        <source>Derived: %1</source>
        <translation>Dikira: %1</translation>
    </message>
    <message>
        <source>%1: %2 — source: “%3”</source>
        <translation>%1: %2 — sumber: “%3”</translation>
    </message>
    <message>
        <source>Original: “%1”</source>
        <translation>Teks asal: “%1”</translation>
    </message>
    <message>
        <source>%1: %2 — source: “%3” (original: “%4”)</source>
        <translation>%1: %2 — sumber: “%3” (teks asal: “%4”)</translation>
    </message>
    <message>
        <source>Original quote</source>
        <translation>Petikan asal</translation>
    </message>
</context>
<context>
    <name>tongdao::TongdaoChart</name>
    <message>
        <source>opening</source>
        <comment>the part of a report before its first section heading</comment>
        <translation>pendahuluan</translation>
    </message>
    <message>
        <source>· hatched: derived from stated figures</source>
        <translation>· berlorek: dikira daripada angka yang dinyatakan</translation>
    </message>
    <message>
        <source>section %1</source>
        <translation>bahagian %1</translation>
    </message>
    <message>
        <source>sections %1</source>
        <translation>bahagian %1</translation>
    </message>
    <message>
        <source>Source: “%1”, %2, %3 · charted with Tongdao</source>
        <translation>Sumber: “%1”, %2, %3 · dicartakan dengan Tongdao</translation>
    </message>
    <message>
        <source>Source: “%1”, %2 · charted with Tongdao</source>
        <translation>Sumber: “%1”, %2 · dicartakan dengan Tongdao</translation>
    </message>
</context>
<context>
    <name>tongdao::TranslationCheck</name>
    <message>
        <source>figure &quot;%1&quot; is charted but has no phrase in this translation</source>
        <translation>angka &quot;%1&quot; dicartakan tetapi tiada frasa dalam terjemahan ini</translation>
    </message>
    <message>
        <source>the phrase of &quot;%1&quot;, “%2”, is not in it</source>
        <translation>frasa bagi &quot;%1&quot;, “%2”, tiada di dalamnya</translation>
    </message>
    <message>
        <source>the phrase of &quot;%1&quot;, “%2”, occurs twice; lengthen it</source>
        <translation>frasa bagi &quot;%1&quot;, “%2”, muncul dua kali; panjangkan</translation>
    </message>
    <message>
        <source>the numeral of &quot;%1&quot;, “%2”, is not in its phrase</source>
        <translation>angka bagi &quot;%1&quot;, “%2”, tiada dalam frasanya</translation>
    </message>
    <message>
        <source>“%1” does not state the value of &quot;%2&quot;, which the language writes “%3”</source>
        <translation>“%1” tidak menyatakan nilai &quot;%2&quot;, yang ditulis dalam bahasa ini sebagai “%3”</translation>
    </message>
    <message>
        <source>the excuse “%1” (notInTranslation) is not in the original</source>
        <translation>pengecualian “%1” (notInTranslation) tiada dalam teks asal</translation>
    </message>
    <message>
        <source>the excuse “%1” (notInOriginal) is not in the translation</source>
        <translation>pengecualian “%1” (notInOriginal) tiada dalam terjemahan</translation>
    </message>
    <message>
        <source>“%1” of the original is not in the translation</source>
        <translation>“%1” dalam teks asal tiada dalam terjemahan</translation>
    </message>
    <message>
        <source>“%1” is not a number of the original paragraph</source>
        <translation>“%1” bukan nombor dalam perenggan asal</translation>
    </message>
    <message>
        <source>paragraph %1: %2</source>
        <translation>perenggan %1: %2</translation>
    </message>
    <message>
        <source>“%1” of the original is not in the translation, which says “%2” instead</source>
        <translation>“%1” dalam teks asal tiada dalam terjemahan, yang menyebut “%2” sebaliknya</translation>
    </message>
    <message>
        <source>%1 paragraphs for the report&apos;s %2 blocks: a paragraph is missing or extra at or before this one, whose numbers are not those of block %3</source>
        <translation>%1 perenggan bagi %2 blok laporan: satu perenggan hilang atau berlebihan pada atau sebelum perenggan ini, yang nombornya bukan nombor blok %3</translation>
    </message>
</context>
<context>
    <name>tongdao::Translations</name>
    <message>
        <source>The %1 translation (%2) is missing or damaged; the interface stays in English.</source>
        <translation>Terjemahan %1 (%2) tiada atau rosak; antara muka kekal dalam bahasa Inggeris.</translation>
    </message>
</context>
<context>
    <name>tongdao::Units</name>
    <message>
        <source>%1 item</source>
        <translation>%1 item</translation>
    </message>
    <message>
        <source>%1 items</source>
        <translation>%1 item</translation>
    </message>
    <message>
        <source>items</source>
        <translation>item</translation>
    </message>
    <message>
        <source>%1 train</source>
        <translation>%1 tren</translation>
    </message>
    <message>
        <source>%1 trains</source>
        <translation>%1 tren</translation>
    </message>
    <message>
        <source>trains</source>
        <translation>tren</translation>
    </message>
    <message>
        <source>%1 flight a week</source>
        <translation>%1 penerbangan seminggu</translation>
    </message>
    <message>
        <source>%1 flights a week</source>
        <translation>%1 penerbangan seminggu</translation>
    </message>
    <message>
        <source>flights a week</source>
        <translation>penerbangan seminggu</translation>
    </message>
    <message>
        <source>%1 agreement</source>
        <translation>%1 perjanjian</translation>
    </message>
    <message>
        <source>%1 agreements</source>
        <translation>%1 perjanjian</translation>
    </message>
    <message>
        <source>agreements</source>
        <translation>perjanjian</translation>
    </message>
    <message>
        <source>%1 project</source>
        <translation>%1 projek</translation>
    </message>
    <message>
        <source>%1 projects</source>
        <translation>%1 projek</translation>
    </message>
    <message>
        <source>projects</source>
        <translation>projek</translation>
    </message>
    <message>
        <source>%1 memorandum of understanding</source>
        <translation>%1 memorandum persefahaman</translation>
    </message>
    <message>
        <source>%1 memoranda of understanding</source>
        <translation>%1 memorandum persefahaman</translation>
    </message>
    <message>
        <source>memoranda of understanding</source>
        <translation>memorandum persefahaman</translation>
    </message>
    <message>
        <source>%1 working group</source>
        <translation>%1 kumpulan kerja</translation>
    </message>
    <message>
        <source>%1 working groups</source>
        <translation>%1 kumpulan kerja</translation>
    </message>
    <message>
        <source>working groups</source>
        <translation>kumpulan kerja</translation>
    </message>
    <message>
        <source>%1 industrial park</source>
        <translation>%1 taman perindustrian</translation>
    </message>
    <message>
        <source>%1 industrial parks</source>
        <translation>%1 taman perindustrian</translation>
    </message>
    <message>
        <source>industrial parks</source>
        <translation>taman perindustrian</translation>
    </message>
    <message>
        <source>%1 person</source>
        <translation>%1 orang</translation>
    </message>
    <message>
        <source>%1 people</source>
        <translation>%1 orang</translation>
    </message>
    <message>
        <source>people</source>
        <translation>orang</translation>
    </message>
    <message>
        <source>%1 company</source>
        <translation>%1 syarikat</translation>
    </message>
    <message>
        <source>%1 companies</source>
        <translation>%1 syarikat</translation>
    </message>
    <message>
        <source>companies</source>
        <translation>syarikat</translation>
    </message>
    <message>
        <source>%1 container</source>
        <translation>%1 kontena</translation>
    </message>
    <message>
        <source>%1 containers</source>
        <translation>%1 kontena</translation>
    </message>
    <message>
        <source>containers</source>
        <translation>kontena</translation>
    </message>
    <message>
        <source>%1 mask</source>
        <translation>%1 pelitup muka</translation>
    </message>
    <message>
        <source>%1 masks</source>
        <translation>%1 pelitup muka</translation>
    </message>
    <message>
        <source>masks</source>
        <translation>pelitup muka</translation>
    </message>
    <message>
        <source>%1 street lamp</source>
        <translation>%1 lampu jalan</translation>
    </message>
    <message>
        <source>%1 street lamps</source>
        <translation>%1 lampu jalan</translation>
    </message>
    <message>
        <source>street lamps</source>
        <translation>lampu jalan</translation>
    </message>
    <message>
        <source>%1 country</source>
        <translation>%1 negara</translation>
    </message>
    <message>
        <source>%1 countries</source>
        <translation>%1 negara</translation>
    </message>
    <message>
        <source>countries</source>
        <translation>negara</translation>
    </message>
    <message>
        <source>%1 channel</source>
        <translation>%1 laluan</translation>
    </message>
    <message>
        <source>%1 channels</source>
        <translation>%1 laluan</translation>
    </message>
    <message>
        <source>channels</source>
        <translation>laluan</translation>
    </message>
    <message>
        <source>%1 m²</source>
        <translation>%1 m²</translation>
    </message>
    <message>
        <source>square metres</source>
        <translation>meter persegi</translation>
    </message>
    <message>
        <source>%1 year</source>
        <translation>%1 tahun</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 tahun</translation>
    </message>
    <message>
        <source>years</source>
        <translation>tahun</translation>
    </message>
    <message>
        <source>US$%1</source>
        <translation>AS$%1</translation>
    </message>
    <message>
        <source>US$</source>
        <translation>AS$</translation>
    </message>
    <message>
        <source>%1 yuan</source>
        <translation>%1 yuan</translation>
    </message>
    <message>
        <source>yuan</source>
        <translation>yuan</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>per cent</source>
        <translation>peratus</translation>
    </message>
    <message>
        <source>%1</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>date</source>
        <translation>tarikh</translation>
    </message>
    <message>
        <source>%1 passenger trip</source>
        <translation>%1 perjalanan penumpang</translation>
    </message>
    <message>
        <source>%1 passenger trips</source>
        <translation>%1 perjalanan penumpang</translation>
    </message>
    <message>
        <source>passenger trips</source>
        <translation>perjalanan penumpang</translation>
    </message>
    <message>
        <source>%1 province</source>
        <translation>%1 wilayah</translation>
    </message>
    <message>
        <source>%1 provinces</source>
        <translation>%1 wilayah</translation>
    </message>
    <message>
        <source>provinces</source>
        <translation>wilayah</translation>
    </message>
    <message>
        <source>%1 province or autonomous region</source>
        <translation>%1 wilayah atau wilayah autonomi</translation>
    </message>
    <message>
        <source>%1 provinces and autonomous regions</source>
        <translation>%1 wilayah dan wilayah autonomi</translation>
    </message>
    <message>
        <source>provinces and autonomous regions</source>
        <translation>wilayah dan wilayah autonomi</translation>
    </message>
    <message>
        <source>%1 province, autonomous region or municipality</source>
        <translation>%1 wilayah, wilayah autonomi atau perbandaran</translation>
    </message>
    <message>
        <source>%1 provinces, autonomous regions and municipalities</source>
        <translation>%1 wilayah, wilayah autonomi dan perbandaran</translation>
    </message>
    <message>
        <source>provinces, autonomous regions and municipalities</source>
        <translation>wilayah, wilayah autonomi dan perbandaran</translation>
    </message>
    <message>
        <source>%1 TEU</source>
        <translation>%1 TEU</translation>
    </message>
    <message>
        <source>%1 TEUs</source>
        <translation>%1 TEU</translation>
    </message>
    <message>
        <source>TEUs</source>
        <translation>TEU</translation>
    </message>
    <message>
        <source>%1 tonne</source>
        <translation>%1 tan</translation>
    </message>
    <message>
        <source>%1 tonnes</source>
        <translation>%1 tan</translation>
    </message>
    <message>
        <source>tonnes</source>
        <translation>tan</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>kilometres</source>
        <translation>kilometer</translation>
    </message>
    <message>
        <source>%1 times</source>
        <translation>%1 kali</translation>
    </message>
    <message>
        <source>times</source>
        <translation>kali</translation>
    </message>
    <message>
        <source>%1 day</source>
        <translation>%1 hari</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 hari</translation>
    </message>
    <message>
        <source>days</source>
        <translation>hari</translation>
    </message>
    <message>
        <source>%1 month</source>
        <translation>%1 bulan</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 bulan</translation>
    </message>
    <message>
        <source>months</source>
        <translation>bulan</translation>
    </message>
    <message>
        <source>number</source>
        <translation>nombor</translation>
    </message>
</context>
</TS>
