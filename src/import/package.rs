//! The file as a package: what kind of file it is (a .docx, or a .doc, PDF, ODT or RTF
//! saved under another name, or a password-protected document), and the parts of a .docx
//! read out of its zip within limits, so that a zip bomb costs nothing to refuse.

use std::io::{Cursor, Read};

use super::ImportError;

/// More entries than any document has (a .docx has some tens of parts, a few hundred with
/// every picture), and few enough that listing them costs nothing.
const MOST_ENTRIES: usize = 5_000;
/// The largest part read: the text of a 1,000-page document is some 20 MB of XML.
const LARGEST_PART: u64 = 64 << 20;
/// All the parts read, together.
const LARGEST_TOTAL: u64 = 160 << 20;
/// A part that unpacks to more than this many times its packed size, past the first MB,
/// is a bomb: Word's XML packs some 5 to 20 times.
const HIGHEST_RATIO: u64 = 100;

/// What the first bytes say a file is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// A zip, perhaps a .docx.
    Zip,
    /// An OLE compound file holding an encrypted (password-protected) Office document.
    Encrypted,
    /// An OLE compound file holding a Word 97–2003 document.
    Doc,
    /// Another OLE compound file.
    Ole,
    Pdf,
    Rtf,
    /// Something else.
    Unknown,
}

/// Tells a file's kind by its first bytes (and, for an OLE file, the names of its streams).
pub(crate) fn sniff(bytes: &[u8]) -> Kind {
    const OLE: &[u8] = b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";
    if bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(b"PK\x05\x06") {
        Kind::Zip
    } else if bytes.starts_with(OLE) {
        // The stream names stand in the directory as UTF-16: an encrypted .docx holds
        // "EncryptionInfo" (MS-OFFCRYPTO), a .doc "WordDocument".
        if contains(bytes, &utf16("EncryptionInfo")) {
            Kind::Encrypted
        } else if contains(bytes, &utf16("WordDocument")) {
            Kind::Doc
        } else {
            Kind::Ole
        }
    } else if bytes.starts_with(b"%PDF") {
        Kind::Pdf
    } else if bytes.starts_with(b"{\\rtf") {
        Kind::Rtf
    } else {
        Kind::Unknown
    }
}

fn utf16(text: &str) -> Vec<u8> {
    text.encode_utf16().flat_map(u16::to_le_bytes).collect()
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

/// An open .docx: the zip, and what has been unpacked of it so far.
pub(crate) struct Package<'a> {
    zip: zip::ZipArchive<Cursor<&'a [u8]>>,
    unpacked: u64,
}

impl<'a> Package<'a> {
    /// Opens the zip, refusing one with more entries than a document has, and an
    /// OpenDocument text (a zip too).
    pub(crate) fn open(bytes: &'a [u8]) -> Result<Package<'a>, ImportError> {
        let zip = zip::ZipArchive::new(Cursor::new(bytes)).map_err(|_| ImportError::NotZip)?;
        if zip.len() > MOST_ENTRIES {
            return Err(ImportError::TooManyParts);
        }
        let mut package = Package { zip, unpacked: 0 };
        if let Some(mimetype) = package.part("mimetype")? {
            if mimetype.starts_with(b"application/vnd.oasis.opendocument") {
                return Err(ImportError::Odt);
            }
        }
        Ok(package)
    }

    /// One part's bytes, or `None` when the package has no such part.
    pub(crate) fn part(&mut self, name: &str) -> Result<Option<Vec<u8>>, ImportError> {
        let Some(index) = self.zip.index_for_name(name) else {
            return Ok(None);
        };
        let mut file = self
            .zip
            .by_index(index)
            .map_err(|_| ImportError::Broken(name.to_owned()))?;
        let size = file.size();
        let packed = file.compressed_size().max(1);
        if size > LARGEST_PART
            || self.unpacked + size > LARGEST_TOTAL
            || (size > 1 << 20 && size / packed > HIGHEST_RATIO)
        {
            return Err(ImportError::Bomb);
        }
        // The sizes in a zip are what it says, not what it holds: read no more than it
        // said, and one byte to see whether it held more.
        let mut bytes = Vec::with_capacity(usize::try_from(size).unwrap_or(0));
        (&mut file)
            .take(size + 1)
            .read_to_end(&mut bytes)
            .map_err(|_| ImportError::Broken(name.to_owned()))?;
        if bytes.len() as u64 > size {
            return Err(ImportError::Bomb);
        }
        self.unpacked += size;
        Ok(Some(bytes))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tells_files_apart_by_their_first_bytes() {
        let mut encrypted = b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1".to_vec();
        encrypted.extend(utf16("EncryptionInfo"));
        let mut doc = b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1".to_vec();
        doc.extend(utf16("WordDocument"));
        assert_eq!(sniff(&encrypted), Kind::Encrypted);
        assert_eq!(sniff(&doc), Kind::Doc);
        assert_eq!(sniff(b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"), Kind::Ole);
        assert_eq!(sniff(b"%PDF-1.7"), Kind::Pdf);
        assert_eq!(sniff(b"{\\rtf1\\ansi"), Kind::Rtf);
        assert_eq!(sniff(b"PK\x03\x04"), Kind::Zip);
        assert_eq!(sniff(b"hej"), Kind::Unknown);
        assert_eq!(sniff(b""), Kind::Unknown);
    }
}
