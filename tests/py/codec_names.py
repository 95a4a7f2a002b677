# Codec names: CPython's normalisation (case, runs of punctuation) and aliases; CodecInfo.name.
import codecs
names = ['UTF16', 'utf_16', 'U16', 'utf-16le', 'UTF-16-LE', 'utf_16_le', 'UTF-16BE', 'utf32',
         'U32', 'utf_32be', 'utf-32LE', 'utf-8-sig', 'utf_8_sig', 'UTF8-SIG', 'UTF-8-SIG',
         'cp1252', 'windows-1252', 'Windows_1252', '1252', 'CP437', '437', 'IBM437',
         'cspc8codepage437', 'unicode-escape', 'unicode_escape', 'Unicode Escape',
         'raw-unicode-escape', 'raw_unicode_escape', 'utf 16', 'UTF.16', 'utf--16', '  utf-8  ',
         'utf-8', 'UTF8', 'u8', 'utf', 'cp65001', 'latin1', 'Latin-1', 'iso-8859-1',
         'ISO8859-1', 'iso_8859_1:1987', 'l1', '8859', 'ascii', 'US-ASCII', '646',
         'ansi_x3.4_1968', 'ANSI_X3.4-1968', 'iso_646.irv:1991', 'unicodelittleunmarked',
         'UnicodeBigUnmarked', 'mbcs', 'bogus', '', '-']
for n in names:
    try:
        print(repr(n), codecs.lookup(n).name, 'x\xe9'.encode(n, 'replace')[-2:])
    except LookupError as e:
        print(repr(n), 'LookupError:', e)
    try:
        print('   ', repr(b'ab'.decode(n)))
    except (LookupError, UnicodeDecodeError) as e:
        print('   ', type(e).__name__ + ':', e)
