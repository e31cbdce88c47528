<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ms">
<context>
    <name>QShortcut</name>
    <message>
        <source>Up</source>
        <translation>Atas</translation>
    </message>
    <message>
        <source>Alt</source>
        <translation>Alt</translation>
    </message>
    <message>
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Ins</source>
        <translation>Ins</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>Ctrl</source>
        <translation>Ctrl</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Bawah</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Bantuan</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Kiri</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <source>Meta</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>PgUp</source>
        <translation>PgUp</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Kanan</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Shift</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Ruang</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Del</translation>
    </message>
    <message>
        <source>Escape</source>
        <translation>Escape</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Ins</translation>
    </message>
    <message>
        <source>PgDown</source>
        <translation>PgDown</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Return</translation>
    </message>
    <message>
        <source>Page Up</source>
        <translation>PgUp</translation>
    </message>
    <message>
        <source>Backspace</source>
        <translation>Backspace</translation>
    </message>
    <message>
        <source>Page Down</source>
        <translation>PgDown</translation>
    </message>
</context>
<context>
    <name>QPageSize</name>
    <message>
        <source>A3</source>
        <translation>A3</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>A5</source>
        <translation>A5</translation>
    </message>
    <message>
        <source>B5</source>
        <translation>B5</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation>Legal</translation>
    </message>
    <message>
        <source>A4 Plus</source>
        <translation>A4 Plus</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Tersuai</translation>
    </message>
</context>
<context>
    <name>QPageSetupWidget</name>
    <message>
        <source>CC</source>
        <translation>CC</translation>
    </message>
    <message>
        <source>DD</source>
        <translation>DD</translation>
    </message>
    <message>
        <source>in</source>
        <translation>in</translation>
    </message>
    <message>
        <source>mm</source>
        <translation>mm</translation>
    </message>
    <message>
        <source>pt</source>
        <translation>pt</translation>
    </message>
    <message>
        <source>P̸</source>
        <translation>P̸</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Borang</translation>
    </message>
    <message>
        <source>bottom margin</source>
        <translation>jidar bawah</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Kertas</translation>
    </message>
    <message>
        <source>Paper source:</source>
        <translation>Sumber kertas:</translation>
    </message>
    <message>
        <source>right margin</source>
        <translation>jidar kanan</translation>
    </message>
    <message>
        <source>Pica (P̸)</source>
        <translation>Pica (P̸)</translation>
    </message>
    <message>
        <source>Margins</source>
        <translation>Jidar</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Tersuai</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Landskap</translation>
    </message>
    <message>
        <source>Page Layout</source>
        <translation>Reka Letak Halaman</translation>
    </message>
    <message>
        <source>Width:</source>
        <translation>Lebar:</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Orientasi</translation>
    </message>
    <message>
        <source>Didot (DD)</source>
        <translation>Didot (DD)</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Potret</translation>
    </message>
    <message>
        <source>Page order:</source>
        <translation>Tertib halaman:</translation>
    </message>
    <message>
        <source>top margin</source>
        <translation>jidar atas</translation>
    </message>
    <message>
        <source>left margin</source>
        <translation>jidar kiri</translation>
    </message>
    <message>
        <source>Page size:</source>
        <translation>Saiz halaman:</translation>
    </message>
    <message>
        <source>Cicero (CC)</source>
        <translation>Cicero (CC)</translation>
    </message>
    <message>
        <source>Reverse portrait</source>
        <translation>Potret terbalik</translation>
    </message>
    <message>
        <source>Millimeters (mm)</source>
        <translation>Milimeter (mm)</translation>
    </message>
    <message>
        <source>Points (pt)</source>
        <translation>Poin (pt)</translation>
    </message>
    <message>
        <source>Pages per sheet:</source>
        <translation>Halaman setiap helaian:</translation>
    </message>
    <message>
        <source>Inches (in)</source>
        <translation>Inci (in)</translation>
    </message>
    <message>
        <source>Reverse landscape</source>
        <translation>Landskap terbalik</translation>
    </message>
    <message>
        <source>Height:</source>
        <translation>Tinggi:</translation>
    </message>
</context>
<context>
    <name>QDialogButtonBox</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Tidak</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ya</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Bantuan</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Henti Paksa</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Guna</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Tetap Semula</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Cuba Semula</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Pulihkan Lalai</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Abaikan</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>T&amp;idak untuk Semua</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Simpan Semua</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Buang</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Ya untuk &amp;Semua</translation>
    </message>
</context>
<context>
    <name>QPrintDialog</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Even Pages</source>
        <translation>Halaman Genap</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Cetak</translation>
    </message>
    <message>
        <source>&amp;Options &lt;&lt;</source>
        <translation>&amp;Pilihan &lt;&lt;</translation>
    </message>
    <message>
        <source>&amp;Options &gt;&gt;</source>
        <translation>&amp;Pilihan &gt;&gt;</translation>
    </message>
    <message>
        <source>Left to Right, Top to Bottom</source>
        <translation>Kiri ke Kanan, Atas ke Bawah</translation>
    </message>
    <message>
        <source>Right to Left, Bottom to Top</source>
        <translation>Kanan ke Kiri, Bawah ke Atas</translation>
    </message>
    <message>
        <source>Write PDF file</source>
        <translation>Tulis fail PDF</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;Cetak</translation>
    </message>
    <message>
        <source>1 (1x1)</source>
        <translation>1 (1x1)</translation>
    </message>
    <message>
        <source>Options 'Pages Per Sheet' and 'Page Set' cannot be used together.
Please turn one of those options off.</source>
        <translation>Pilihan 'Halaman Setiap Helaian' dan 'Set Halaman' tidak boleh digunakan bersama.
Sila matikan salah satu daripada pilihan tersebut.</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to overwrite it?</source>
        <translation>%1 sudah wujud.
Adakah anda mahu menulis ganti fail itu?</translation>
    </message>
    <message>
        <source>2 (2x1)</source>
        <translation>2 (2x1)</translation>
    </message>
    <message>
        <source>Left to Right, Bottom to Top</source>
        <translation>Kiri ke Kanan, Bawah ke Atas</translation>
    </message>
    <message>
        <source>4 (2x2)</source>
        <translation>4 (2x2)</translation>
    </message>
    <message>
        <source>Odd Pages</source>
        <translation>Halaman Ganjil</translation>
    </message>
    <message>
        <source>Local file</source>
        <translation>Fail setempat</translation>
    </message>
    <message>
        <source>6 (2x3)</source>
        <translation>6 (2x3)</translation>
    </message>
    <message>
        <source>16 (4x4)</source>
        <translation>16 (4x4)</translation>
    </message>
    <message>
        <source>There are conflicts in duplex settings. Do you want to fix them?</source>
        <translation>Terdapat konflik dalam tetapan dupleks. Adakah anda mahu membetulkannya?</translation>
    </message>
    <message>
        <source>Print to File (PDF)</source>
        <translation>Cetak ke Fail (PDF)</translation>
    </message>
    <message>
        <source>Print To File ...</source>
        <translation>Cetak ke Fail ...</translation>
    </message>
    <message>
        <source>Invalid Pages Definition</source>
        <translation>Takrif Halaman Tidak Sah</translation>
    </message>
    <message>
        <source>%1 does not follow the correct syntax. Please use ',' to separate ranges and pages, '-' to define ranges and make sure ranges do not intersect with each other.</source>
        <translation>%1 tidak mengikut sintaks yang betul. Sila gunakan ',' untuk memisahkan julat dan halaman, '-' untuk mentakrifkan julat, dan pastikan julat tidak bertindih antara satu sama lain.</translation>
    </message>
    <message>
        <source>9 (3x3)</source>
        <translation>9 (3x3)</translation>
    </message>
    <message>
        <source>Right to Left, Top to Bottom</source>
        <translation>Kanan ke Kiri, Atas ke Bawah</translation>
    </message>
    <message>
        <source>Bottom to Top, Left to Right</source>
        <translation>Bawah ke Atas, Kiri ke Kanan</translation>
    </message>
    <message>
        <source>The 'From' value cannot be greater than the 'To' value.</source>
        <translation>Nilai 'Dari' tidak boleh melebihi nilai 'Hingga'.</translation>
    </message>
    <message>
        <source>All Pages</source>
        <translation>Semua Halaman</translation>
    </message>
    <message>
        <source>Duplex Settings Conflicts</source>
        <translation>Konflik Tetapan Dupleks</translation>
    </message>
    <message>
        <source>%1 is a directory.
Please choose a different file name.</source>
        <translation>%1 ialah folder.
Sila pilih nama fail yang lain.</translation>
    </message>
    <message>
        <source>File %1 is not writable.
Please choose a different file name.</source>
        <translation>Fail %1 tidak boleh ditulis.
Sila pilih nama fail yang lain.</translation>
    </message>
    <message>
        <source>Bottom to Top, Right to Left</source>
        <translation>Bawah ke Atas, Kanan ke Kiri</translation>
    </message>
    <message>
        <source>Top to Bottom, Left to Right</source>
        <translation>Atas ke Bawah, Kiri ke Kanan</translation>
    </message>
    <message>
        <source>Top to Bottom, Right to Left</source>
        <translation>Atas ke Bawah, Kanan ke Kiri</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <source>to</source>
        <translation>hingga</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Mati</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Borang</translation>
    </message>
    <message>
        <source>Color</source>
        <translation>Warna</translation>
    </message>
    <message>
        <source>Print all</source>
        <translation>Cetak semua</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Halaman</translation>
    </message>
    <message>
        <source>Current Page</source>
        <translation>Halaman Semasa</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Bahagian Dipilih</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Salinan</translation>
    </message>
    <message>
        <source>Print range</source>
        <translation>Julat cetakan</translation>
    </message>
    <message>
        <source>Color Mode</source>
        <translation>Mod Warna</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Pilihan</translation>
    </message>
    <message>
        <source>Output Settings</source>
        <translation>Tetapan Output</translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation>Tertib terbalik</translation>
    </message>
    <message>
        <source>Grayscale</source>
        <translation>Skala kelabu</translation>
    </message>
    <message>
        <source>Collate</source>
        <translation>Kumpul</translation>
    </message>
    <message>
        <source>Copies:</source>
        <translation>Salinan:</translation>
    </message>
    <message>
        <source>Short side binding</source>
        <translation>Jilid sisi pendek</translation>
    </message>
    <message>
        <source>Specify pages or ranges separated by commas. Ranges are specified by two numbers separated by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.</source>
        <translation>Nyatakan halaman atau julat yang dipisahkan dengan koma. Julat dinyatakan dengan dua nombor yang dipisahkan oleh tanda sempang. Contoh: 3,5-7,9 mencetak halaman 3, 5, 6, 7 dan 9.</translation>
    </message>
    <message>
        <source>Pages from</source>
        <translation>Halaman dari</translation>
    </message>
    <message>
        <source>Double Sided Printing</source>
        <translation>Cetakan Dua Muka</translation>
    </message>
    <message>
        <source>Page Set:</source>
        <translation>Set halaman:</translation>
    </message>
    <message>
        <source>Long side binding</source>
        <translation>Jilid sisi panjang</translation>
    </message>
</context>
<context>
    <name>QPrintPreviewDialog</name>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation>Pratonton Cetakan</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Cetak</translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation>Muat halaman</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zum masuk</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Landskap</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zum keluar</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Muat lebar</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Potret</translation>
    </message>
    <message>
        <source>Page Setup</source>
        <translation>Persediaan Halaman</translation>
    </message>
    <message>
        <source>Page setup</source>
        <translation>Persediaan halaman</translation>
    </message>
    <message>
        <source>Show overview of all pages</source>
        <translation>Tunjukkan gambaran keseluruhan semua halaman</translation>
    </message>
    <message>
        <source>First page</source>
        <translation>Halaman pertama</translation>
    </message>
    <message>
        <source>Last page</source>
        <translation>Halaman terakhir</translation>
    </message>
    <message>
        <source>Show single page</source>
        <translation>Tunjukkan satu halaman</translation>
    </message>
    <message>
        <source>Export to PDF</source>
        <translation>Eksport ke PDF</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Halaman sebelumnya</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Halaman seterusnya</translation>
    </message>
    <message>
        <source>Show facing pages</source>
        <translation>Tunjukkan halaman berhadapan</translation>
    </message>
</context>
<context>
    <name>QErrorMessage</name>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;OK</translation>
    </message>
    <message>
        <source>Fatal Error:</source>
        <translation>Ralat Maut:</translation>
    </message>
    <message>
        <source>&amp;Show this message again</source>
        <translation>&amp;Tunjukkan mesej ini lagi</translation>
    </message>
    <message>
        <source>Critical Error:</source>
        <translation>Ralat Kritikal:</translation>
    </message>
    <message>
        <source>Information:</source>
        <translation>Maklumat:</translation>
    </message>
    <message>
        <source>Debug Message:</source>
        <translation>Mesej Nyahpepijat:</translation>
    </message>
    <message>
        <source>Warning:</source>
        <translation>Amaran:</translation>
    </message>
</context>
<context>
    <name>QPrintWidget</name>
    <message>
        <source>...</source>
        <translation>...</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Borang</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Jenis:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nama:</translation>
    </message>
    <message>
        <source>Output &amp;file:</source>
        <translation>&amp;Fail output:</translation>
    </message>
    <message>
        <source>P&amp;roperties</source>
        <translation>&amp;Sifat</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Pratonton</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Pencetak</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Lokasi:</translation>
    </message>
</context>
<context>
    <name>QCupsJobWidget</name>
    <message>
        <source>Job</source>
        <translation>Kerja</translation>
    </message>
    <message>
        <source>End:</source>
        <translation>Tamat:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Tiada</translation>
    </message>
    <message>
        <source>Banner Pages</source>
        <translation>Halaman Sepanduk</translation>
    </message>
    <message>
        <source>Night (18:00 to 05:59)</source>
        <translation>Malam (18:00 hingga 05:59)</translation>
    </message>
    <message>
        <source>Specific Time</source>
        <translation>Masa Tertentu</translation>
    </message>
    <message>
        <source>Billing information:</source>
        <translation>Maklumat pengebilan:</translation>
    </message>
    <message>
        <source>Scheduled printing:</source>
        <translation>Pencetakan berjadual:</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Rahsia</translation>
    </message>
    <message>
        <source>Top Secret</source>
        <translation>Rahsia Besar</translation>
    </message>
    <message>
        <source>Start:</source>
        <translation>Mula:</translation>
    </message>
    <message>
        <source>Day (06:00 to 17:59)</source>
        <translation>Siang (06:00 hingga 17:59)</translation>
    </message>
    <message>
        <source>Second Shift (16:00 to 23:59)</source>
        <translation>Syif Kedua (16:00 hingga 23:59)</translation>
    </message>
    <message>
        <source>Job Control</source>
        <translation>Kawalan Kerja</translation>
    </message>
    <message>
        <source>Weekend (Saturday to Sunday)</source>
        <translation>Hujung Minggu (Sabtu hingga Ahad)</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Classified</source>
        <translation>Terperingkat</translation>
    </message>
    <message>
        <source>Third Shift (00:00 to 07:59)</source>
        <translation>Syif Ketiga (00:00 hingga 07:59)</translation>
    </message>
    <message>
        <source>Hold Indefinitely</source>
        <translation>Tahan Tanpa Had Masa</translation>
    </message>
    <message>
        <source>Print Immediately</source>
        <translation>Cetak Serta-merta</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Sulit</translation>
    </message>
    <message>
        <source>Job priority:</source>
        <translation>Keutamaan kerja:</translation>
    </message>
    <message>
        <source>Unclassified</source>
        <translation>Tidak Terperingkat</translation>
    </message>
</context>
<context>
    <name>QScrollBar</name>
    <message>
        <source>Top</source>
        <translation>Paling atas</translation>
    </message>
    <message>
        <source>Scroll down</source>
        <translation>Tatal ke bawah</translation>
    </message>
    <message>
        <source>Scroll here</source>
        <translation>Tatal ke sini</translation>
    </message>
    <message>
        <source>Scroll left</source>
        <translation>Tatal ke kiri</translation>
    </message>
    <message>
        <source>Bottom</source>
        <translation>Paling bawah</translation>
    </message>
    <message>
        <source>Page up</source>
        <translation>Halaman ke atas</translation>
    </message>
    <message>
        <source>Page right</source>
        <translation>Halaman ke kanan</translation>
    </message>
    <message>
        <source>Scroll up</source>
        <translation>Tatal ke atas</translation>
    </message>
    <message>
        <source>Scroll right</source>
        <translation>Tatal ke kanan</translation>
    </message>
    <message>
        <source>Left edge</source>
        <translation>Pinggir kiri</translation>
    </message>
    <message>
        <source>Page down</source>
        <translation>Halaman ke bawah</translation>
    </message>
    <message>
        <source>Page left</source>
        <translation>Halaman ke kiri</translation>
    </message>
    <message>
        <source>Right edge</source>
        <translation>Pinggir kanan</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Back</source>
        <translation>Undur</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fail</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Buka</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Pemacu</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fail</translation>
    </message>
    <message>
        <source>Show </source>
        <translation>Tunjukkan </translation>
    </message>
    <message>
        <source>'%1' is write protected.
Do you want to delete it anyway?</source>
        <translation>'%1' dilindungi tulis.
Adakah anda tetap mahu memadamnya?</translation>
    </message>
    <message>
        <source>Are you sure you want to delete '%1'?</source>
        <translation>Adakah anda pasti mahu memadam '%1'?</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>Senarai tempat dan tanda buku</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;Nama fail:</translation>
    </message>
    <message>
        <source>Alt+Left</source>
        <translation>Alt+Left</translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation>Alt+Up</translation>
    </message>
    <message>
        <source>File Folder</source>
        <translation>Folder Fail</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Padam</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Folder Baharu</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Folder Induk</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>Folder &amp;Baharu</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Alih Keluar</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>Komputer Saya</translation>
    </message>
    <message>
        <source>Look in:</source>
        <translation>Lihat dalam:</translation>
    </message>
    <message>
        <source>Alt+Right</source>
        <translation>Alt+Right</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>Cipta Folder Baharu</translation>
    </message>
    <message>
        <source>%1 File</source>
        <translation>Fail %1</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>Jenis fail:</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>Cari Folder</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Tunjukkan fail &amp;tersembunyi</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Simpan Sebagai</translation>
    </message>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
Folder tidak ditemui.
Sila pastikan nama folder yang diberikan betul.</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Bar Sisi</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Paparan Senarai</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Pilih</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Padam</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Semua fail (*)</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Semua Fail (*)</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Namakan Semula</translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation>Tidak dapat memadam folder.</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Folder:</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Tidak diketahui</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 sudah wujud.
Adakah anda mahu menggantikannya?</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Maju</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Pergi ke hadapan</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Pergi ke folder induk</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>Tempat Terkini</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Pergi ke belakang</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Tukar ke mod paparan perincian</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Cipta Folder Baharu</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Pintasan</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Paparan Perincian</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
Fail tidak ditemui.
Sila pastikan nama fail yang diberikan betul.</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Tukar ke mod paparan senarai</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Potong</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Salin</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Buat Se&amp;mula</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>Buat &amp;Asal</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Tampal</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Padam</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Pilih Semua</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Potong</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Salin</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Buat Se&amp;mula</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>Buat &amp;Asal</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Tampal</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Padam</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Pilih Semua</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Salin &amp;Lokasi Pautan</translation>
    </message>
</context>
<context>
    <name>QPrintPropertiesWidget</name>
    <message>
        <source>Form</source>
        <translation>Borang</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Halaman</translation>
    </message>
    <message>
        <source>There are conflicts in some options. Please fix them.</source>
        <translation>Terdapat konflik dalam beberapa pilihan. Sila betulkannya.</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Lanjutan</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Saiz</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>Komputer Saya</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Komputer</translation>
    </message>
    <message>
        <source>Invalid filename</source>
        <translation>Nama fail tidak sah</translation>
    </message>
    <message>
        <source>&lt;b&gt;The name "%1" cannot be used.&lt;/b&gt;&lt;p&gt;Try using another name, with fewer characters or no punctuation marks.</source>
        <translation>&lt;b&gt;Nama "%1" tidak boleh digunakan.&lt;/b&gt;&lt;p&gt;Cuba gunakan nama lain yang lebih pendek atau tanpa tanda baca.</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Tarikh Diubah Suai</translation>
    </message>
</context>
<context>
    <name>QComboBox</name>
    <message>
        <source>True</source>
        <translation>Benar</translation>
    </message>
    <message>
        <source>False</source>
        <translation>Palsu</translation>
    </message>
    <message>
        <source>Open the combo box selection popup</source>
        <translation>Buka senarai pilihan timbul kotak kombo</translation>
    </message>
</context>
<context>
    <name>QDockWidget</name>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Float</source>
        <translation>Apungkan</translation>
    </message>
    <message>
        <source>Undocks and re-attaches the dock widget</source>
        <translation>Menanggalkan dan memasang semula widget dok</translation>
    </message>
    <message>
        <source>Closes the dock widget</source>
        <translation>Menutup widget dok</translation>
    </message>
</context>
<context>
    <name>QPrintPropertiesDialog</name>
    <message>
        <source>Advanced Option Conflicts</source>
        <translation>Konflik Pilihan Lanjutan</translation>
    </message>
    <message>
        <source>Job Options</source>
        <translation>Pilihan Kerja</translation>
    </message>
    <message>
        <source>Page Setup Conflicts</source>
        <translation>Konflik Persediaan Halaman</translation>
    </message>
    <message>
        <source>There are conflicts in some advanced options. Do you want to fix them?</source>
        <translation>Terdapat konflik dalam beberapa pilihan lanjutan. Adakah anda mahu membetulkannya?</translation>
    </message>
    <message>
        <source>There are conflicts in page setup options. Do you want to fix them?</source>
        <translation>Terdapat konflik dalam pilihan persediaan halaman. Adakah anda mahu membetulkannya?</translation>
    </message>
    <message>
        <source>Printer Properties</source>
        <translation>Sifat Pencetak</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Tunjukkan Butiran...</translation>
    </message>
    <message>
        <source>About Qt</source>
        <translation>Perihal Qt</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Sembunyikan Butiran...</translation>
    </message>
    <message>
        <source>&lt;h3&gt;About Qt&lt;/h3&gt;&lt;p&gt;This program uses Qt version %1.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Perihal Qt&lt;/h3&gt;&lt;p&gt;Program ini menggunakan Qt versi %1.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Qt is a C++ toolkit for cross-platform application development.&lt;/p&gt;&lt;p&gt;Qt provides single-source portability across all major desktop operating systems. It is also available for embedded Linux and other embedded and mobile operating systems.&lt;/p&gt;&lt;p&gt;Qt is available under multiple licensing options designed to accommodate the needs of our various users.&lt;/p&gt;&lt;p&gt;Qt licensed under our commercial license agreement is appropriate for development of proprietary/commercial software where you do not want to share any source code with third parties or otherwise cannot comply with the terms of GNU (L)GPL.&lt;/p&gt;&lt;p&gt;Qt licensed under GNU (L)GPL is appropriate for the development of Qt&amp;nbsp;applications provided you can comply with the terms and conditions of the respective licenses.&lt;/p&gt;&lt;p&gt;Please see &lt;a href="http://%2/"&gt;%2&lt;/a&gt; for an overview of Qt licensing.&lt;/p&gt;&lt;p&gt;Copyright (C) %1 The Qt Company Ltd and other contributors.&lt;/p&gt;&lt;p&gt;Qt and the Qt logo are trademarks of The Qt Company Ltd.&lt;/p&gt;&lt;p&gt;Qt is The Qt Company Ltd product developed as an open source project. See &lt;a href="http://%3/"&gt;%3&lt;/a&gt; for more information.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Qt ialah kit alat C++ untuk pembangunan aplikasi merentas platform.&lt;/p&gt;&lt;p&gt;Qt menyediakan kemudahalihan sumber tunggal merentas semua sistem pengendalian desktop utama. Qt juga tersedia untuk Linux terbenam serta sistem pengendalian terbenam dan mudah alih yang lain.&lt;/p&gt;&lt;p&gt;Qt tersedia di bawah pelbagai pilihan pelesenan yang direka untuk memenuhi keperluan pelbagai pengguna kami.&lt;/p&gt;&lt;p&gt;Qt yang dilesenkan di bawah perjanjian lesen komersial kami sesuai untuk pembangunan perisian proprietari/komersial apabila anda tidak mahu berkongsi sebarang kod sumber dengan pihak ketiga atau tidak dapat mematuhi terma GNU (L)GPL.&lt;/p&gt;&lt;p&gt;Qt yang dilesenkan di bawah GNU (L)GPL sesuai untuk pembangunan aplikasi&amp;nbsp;Qt dengan syarat anda dapat mematuhi terma dan syarat lesen berkenaan.&lt;/p&gt;&lt;p&gt;Sila lihat &lt;a href="http://%2/"&gt;%2&lt;/a&gt; untuk gambaran keseluruhan pelesenan Qt.&lt;/p&gt;&lt;p&gt;Hak Cipta (C) %1 The Qt Company Ltd dan penyumbang lain.&lt;/p&gt;&lt;p&gt;Qt dan logo Qt ialah tanda dagangan The Qt Company Ltd.&lt;/p&gt;&lt;p&gt;Qt ialah produk The Qt Company Ltd yang dibangunkan sebagai projek sumber terbuka. Lihat &lt;a href="http://%3/"&gt;%3&lt;/a&gt; untuk maklumat lanjut.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>QUnicodeControlCharacterMenu</name>
    <message>
        <source>RLE Start of right-to-left embedding</source>
        <translation>RLE Mula benaman kanan-ke-kiri</translation>
    </message>
    <message>
        <source>ZWSP Zero width space</source>
        <translation>ZWSP Ruang lebar sifar</translation>
    </message>
    <message>
        <source>LRI Left-to-right isolate</source>
        <translation>LRI Pengasingan kiri-ke-kanan</translation>
    </message>
    <message>
        <source>Insert Unicode control character</source>
        <translation>Sisipkan aksara kawalan Unicode</translation>
    </message>
    <message>
        <source>LRO Start of left-to-right override</source>
        <translation>LRO Mula pengatasan kiri-ke-kanan</translation>
    </message>
    <message>
        <source>LRE Start of left-to-right embedding</source>
        <translation>LRE Mula benaman kiri-ke-kanan</translation>
    </message>
    <message>
        <source>RLI Right-to-left isolate</source>
        <translation>RLI Pengasingan kanan-ke-kiri</translation>
    </message>
    <message>
        <source>RLM Right-to-left mark</source>
        <translation>RLM Tanda kanan-ke-kiri</translation>
    </message>
    <message>
        <source>PDF Pop directional formatting</source>
        <translation>PDF Tamatkan pemformatan arah</translation>
    </message>
    <message>
        <source>ZWNJ Zero width non-joiner</source>
        <translation>ZWNJ Bukan-penyambung lebar sifar</translation>
    </message>
    <message>
        <source>RLO Start of right-to-left override</source>
        <translation>RLO Mula pengatasan kanan-ke-kiri</translation>
    </message>
    <message>
        <source>PDI Pop directional isolate</source>
        <translation>PDI Tamatkan pengasingan arah</translation>
    </message>
    <message>
        <source>ZWJ Zero width joiner</source>
        <translation>ZWJ Penyambung lebar sifar</translation>
    </message>
    <message>
        <source>LRM Left-to-right mark</source>
        <translation>LRM Tanda kiri-ke-kanan</translation>
    </message>
    <message>
        <source>FSI First strong isolate</source>
        <translation>FSI Pengasingan kuat pertama</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>Step &amp;down</source>
        <translation>T&amp;urun selangkah</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation>&amp;Naik selangkah</translation>
    </message>
    <message>
        <source>&amp;Select All</source>
        <translation>Pi&amp;lih Semua</translation>
    </message>
</context>
<context>
    <name>QInputDialog</name>
    <message>
        <source>Enter a value:</source>
        <translation>Masukkan nilai:</translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <source>QPA plugin. See QGuiApplication documentation for available options for each plugin.</source>
        <translation>Pemalam QPA. Lihat dokumentasi QGuiApplication untuk pilihan yang tersedia bagi setiap pemalam.</translation>
    </message>
    <message>
        <source>QT_LAYOUT_DIRECTION</source>
        <translation>LTR</translation>
    </message>
    <message>
        <source>Restores the application from an earlier session.</source>
        <translation>Memulihkan aplikasi daripada sesi terdahulu.</translation>
    </message>
    <message>
        <source>Default window icon.</source>
        <translation>Ikon tetingkap lalai.</translation>
    </message>
    <message>
        <source>Instance name according to ICCCM 4.1.2.5.</source>
        <translation>Nama instans mengikut ICCCM 4.1.2.5.</translation>
    </message>
    <message>
        <source>Disable mouse grabbing (useful in debuggers).</source>
        <translation>Lumpuhkan tangkapan tetikus (berguna dalam penyahpepijat).</translation>
    </message>
    <message>
        <source>Path to the platform plugins.</source>
        <translation>Laluan ke pemalam platform.</translation>
    </message>
    <message>
        <source>Alias for --windowtitle.</source>
        <translation>Alias untuk --windowtitle.</translation>
    </message>
    <message>
        <source>Title of the first window.</source>
        <translation>Tajuk tetingkap pertama.</translation>
    </message>
    <message>
        <source>Window geometry for the main window, using the X11-syntax, like 100x100+50+50.</source>
        <translation>Geometri tetingkap bagi tetingkap utama, menggunakan sintaks X11, seperti 100x100+50+50.</translation>
    </message>
    <message>
        <source>Alias for --windowgeometry.</source>
        <translation>Alias untuk --windowgeometry.</translation>
    </message>
    <message>
        <source>ID of the X11 Visual to use.</source>
        <translation>ID Visual X11 yang hendak digunakan.</translation>
    </message>
    <message>
        <source>Sets the application's layout direction to Qt::RightToLeft (debugging helper).</source>
        <translation>Menetapkan arah reka letak aplikasi kepada Qt::RightToLeft (bantuan nyahpepijat).</translation>
    </message>
    <message>
        <source>Additional plugins to load, can be specified multiple times.</source>
        <translation>Pemalam tambahan untuk dimuatkan; boleh dinyatakan berulang kali.</translation>
    </message>
    <message>
        <source>Display name, overrides $DISPLAY.</source>
        <translation>Nama paparan; mengatasi $DISPLAY.</translation>
    </message>
    <message>
        <source>Force mouse grabbing (even when running in a debugger).</source>
        <translation>Paksa tangkapan tetikus (walaupun ketika berjalan dalam penyahpepijat).</translation>
    </message>
    <message>
        <source>Alias for --windowicon.</source>
        <translation>Alias untuk --windowicon.</translation>
    </message>
    <message>
        <source>Platform theme.</source>
        <translation>Tema platform.</translation>
    </message>
</context>
<context>
    <name>QApplication</name>
    <message>
        <source>Executable '%1' requires Qt %2, found Qt %3.</source>
        <translation>Fail boleh laku '%1' memerlukan Qt %2, tetapi yang ditemui ialah Qt %3.</translation>
    </message>
    <message>
        <source>Incompatible Qt Library Error</source>
        <translation>Ralat Pustaka Qt Tidak Serasi</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Unknown options: %1.</source>
        <translation>Pilihan tidak dikenali: %1.</translation>
    </message>
    <message>
        <source>Unknown option &apos;%1&apos;.</source>
        <translation>Pilihan &apos;%1&apos; tidak dikenali.</translation>
    </message>
    <message>
        <source>[options]</source>
        <translation>[pilihan]</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Pilihan:</translation>
    </message>
    <message>
        <source>Displays help including Qt specific options.</source>
        <translation>Memaparkan bantuan termasuk pilihan khusus Qt.</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Penggunaan: %1</translation>
    </message>
    <message>
        <source>Displays help on commandline options.</source>
        <translation>Memaparkan bantuan tentang pilihan baris perintah.</translation>
    </message>
    <message>
        <source>Unexpected value after &apos;%1&apos;.</source>
        <translation>Nilai tidak dijangka selepas &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Displays version information.</source>
        <translation>Memaparkan maklumat versi.</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Argumen:</translation>
    </message>
    <message>
        <source>Missing value after &apos;%1&apos;.</source>
        <translation>Nilai tiada selepas &apos;%1&apos;.</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;OK</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Tutup</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>Tutup tanpa Menyimpan</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Batal</translation>
    </message>
</context>
</TS>
