//! Telling how a text file's bytes were written, and turning them into text: UTF-8 with or
//! without a byte-order mark, UTF-16 as Notepad's "Unicode" and Excel's "Unicode-text" write
//! it, and Windows-1252, Notepad's "ANSI" and what Excel writes as "CSV
//! (semikolonavgränsad)". What is no text at all is told by its first bytes.

/// What a file's bytes turned out to be.
#[derive(Debug, PartialEq, Eq)]
pub(super) enum Decoded {
    /// UTF-8 or UTF-16: read as written.
    Text(String),
    /// Not UTF-8, which Windows-1252 reads as `text`.
    Windows1252 {
        /// The text as Windows-1252 reads it.
        text: String,
        /// The 1-based line of the first letter that is not UTF-8.
        line: usize,
        /// Its 1-based column, in the line as Windows-1252 reads it.
        column: usize,
    },
    /// Not text: what it looks like.
    Binary(Binary),
    /// UTF-16 by its byte-order mark, but with letters that cannot be read.
    BrokenUtf16,
}

/// What a file that is no text looks like, by its first bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Binary {
    /// A zip file: Word's .docx, Excel's .xlsx, LibreOffice's files; or the older .doc
    /// and .xls.
    Office,
    /// A PDF.
    Pdf,
    /// A PNG, JPEG, GIF or WebP image.
    Image,
    /// Anything else with NUL bytes.
    Other,
}

/// How far into a file to look for the signs of binary data or of UTF-16 without its mark.
const LOOK: usize = 8000;

/// Reads `bytes` as text, in the first encoding that fits.
pub(super) fn decode(bytes: Vec<u8>) -> Decoded {
    if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        return utf8_or_1252(rest.to_vec());
    }
    if let Some(rest) = bytes.strip_prefix(b"\xFF\xFE") {
        return utf16(rest, encoding_rs::UTF_16LE);
    }
    if let Some(rest) = bytes.strip_prefix(b"\xFE\xFF") {
        return utf16(rest, encoding_rs::UTF_16BE);
    }
    if let Some(binary) = binary(&bytes) {
        return match unmarked_utf16(&bytes) {
            Some(encoding) => match utf16(&bytes, encoding) {
                Decoded::BrokenUtf16 => Decoded::Binary(binary),
                text => text,
            },
            None => Decoded::Binary(binary),
        };
    }
    utf8_or_1252(bytes)
}

fn utf8_or_1252(bytes: Vec<u8>) -> Decoded {
    match String::from_utf8(bytes) {
        Ok(text) => Decoded::Text(text),
        Err(e) => {
            let bytes = e.as_bytes();
            let first = e.utf8_error().valid_up_to();
            let line = bytes[..first].iter().filter(|&&b| b == b'\n').count() + 1;
            let line_start = bytes[..first]
                .iter()
                .rposition(|&b| b == b'\n')
                .map_or(0, |i| i + 1);
            // Windows-1252 reads one letter a byte.
            let column = first - line_start + 1;
            let (text, _) = encoding_rs::WINDOWS_1252.decode_without_bom_handling(bytes);
            Decoded::Windows1252 {
                text: text.into_owned(),
                line,
                column,
            }
        }
    }
}

fn utf16(bytes: &[u8], encoding: &'static encoding_rs::Encoding) -> Decoded {
    match encoding.decode_without_bom_handling_and_without_replacement(bytes) {
        Some(text) => Decoded::Text(text.into_owned()),
        None => Decoded::BrokenUtf16,
    }
}

/// What the file is, when it holds NUL bytes, which text never has.
fn binary(bytes: &[u8]) -> Option<Binary> {
    if !bytes.iter().take(LOOK).any(|&b| b == 0) {
        return None;
    }
    let kind = if bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(b"\xD0\xCF\x11\xE0") {
        Binary::Office
    } else if bytes.starts_with(b"%PDF") {
        Binary::Pdf
    } else if bytes.starts_with(b"\x89PNG")
        || bytes.starts_with(b"\xFF\xD8\xFF")
        || bytes.starts_with(b"GIF8")
        || (bytes.starts_with(b"RIFF") && bytes.get(8..12) == Some(b"WEBP"))
    {
        Binary::Image
    } else {
        Binary::Other
    };
    Some(kind)
}

/// UTF-16 without a byte-order mark, as some programs write it: most letters of a Swedish
/// text are ASCII, so every other byte is NUL, on the same side.
fn unmarked_utf16(bytes: &[u8]) -> Option<&'static encoding_rs::Encoding> {
    let sample = &bytes[..bytes.len().min(LOOK) / 2 * 2];
    if sample.len() < 4 {
        return None;
    }
    let pairs = sample.len() / 2;
    let nul_at = |side: usize| {
        sample
            .iter()
            .skip(side)
            .step_by(2)
            .filter(|&&b| b == 0)
            .count()
    };
    let (even, odd) = (nul_at(0), nul_at(1));
    if odd * 2 > pairs && even == 0 {
        Some(encoding_rs::UTF_16LE)
    } else if even * 2 > pairs && odd == 0 {
        Some(encoding_rs::UTF_16BE)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utf16le(text: &str, mark: bool) -> Vec<u8> {
        let mut bytes = if mark { vec![0xFF, 0xFE] } else { Vec::new() };
        bytes.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
        bytes
    }

    #[test]
    fn utf8_with_and_without_a_mark_is_read() {
        let text = "---\r\ntitle: Å\r\n";
        assert_eq!(decode(text.into()), Decoded::Text(text.to_owned()));
        let marked = [b"\xEF\xBB\xBF".as_slice(), text.as_bytes()].concat();
        assert_eq!(decode(marked), Decoded::Text(text.to_owned()));
    }

    #[test]
    fn utf16_in_both_byte_orders_is_read() {
        let text = "namn\tanslöt\r\nFöreningen Ä\t2020\r\n";
        assert_eq!(decode(utf16le(text, true)), Decoded::Text(text.to_owned()));
        assert_eq!(decode(utf16le(text, false)), Decoded::Text(text.to_owned()));
        let mut be = vec![0xFE, 0xFF];
        be.extend(text.encode_utf16().flat_map(u16::to_be_bytes));
        assert_eq!(decode(be), Decoded::Text(text.to_owned()));
    }

    #[test]
    fn windows_1252_is_read_and_says_where_it_starts() {
        let bytes = b"namn\r\nFr\xE4mjandet;ansl\xF6t\r\n".to_vec();
        assert_eq!(
            decode(bytes),
            Decoded::Windows1252 {
                text: "namn\r\nFrämjandet;anslöt\r\n".to_owned(),
                line: 2,
                column: 3
            }
        );
    }

    #[test]
    fn what_is_no_text_is_told_by_its_first_bytes() {
        assert_eq!(
            decode(b"PK\x03\x04\x14\0\x06\0".to_vec()),
            Decoded::Binary(Binary::Office)
        );
        assert_eq!(
            decode(b"%PDF-1.7\n\0\0".to_vec()),
            Decoded::Binary(Binary::Pdf)
        );
        assert_eq!(
            decode(b"\x89PNG\r\n\x1a\n\0\0".to_vec()),
            Decoded::Binary(Binary::Image)
        );
        assert_eq!(
            decode(b"ab\0\0\0cd\0".to_vec()),
            Decoded::Binary(Binary::Other)
        );
    }
}
