//! The bit strings IAB's consent strings are made of: fixed-width integers, Fibonacci-coded
//! ranges, and the base64url alphabet that carries them, six bits a character.

/// The base64url alphabet, without padding, as both GPP and TCF use it.
const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// Bits being written, most significant first.
#[derive(Debug, Default)]
pub(crate) struct BitWriter {
    bits: Vec<bool>,
}

impl BitWriter {
    /// Appends `value` on `width` bits.
    pub(crate) fn int(&mut self, value: u64, width: u32) {
        for shift in (0..width).rev() {
            self.bits.push(value >> shift & 1 == 1);
        }
    }

    /// Appends one bit.
    pub(crate) fn bool(&mut self, value: bool) {
        self.bits.push(value);
    }

    /// Appends `value` in Fibonacci coding (which has no code for 0: GPP writes only section
    /// ids and distances between them, all at least 1): a bit per Fibonacci number from 1 up,
    /// ended by the `11` no other place in the code holds.
    pub(crate) fn fibonacci(&mut self, value: u64) {
        let mut fib = vec![1u64, 2];
        while let [.., a, b] = fib[..] {
            if a + b > value {
                break;
            }
            fib.push(a + b);
        }
        let mut rest = value;
        let mut code = vec![false; fib.len()];
        for (i, f) in fib.iter().enumerate().rev() {
            if *f <= rest {
                code[i] = true;
                rest -= f;
            }
        }
        while code.last() == Some(&false) {
            code.pop();
        }
        self.bits.extend(code);
        self.bits.push(true);
    }

    /// Appends a set of integers as GPP's Fibonacci range: a 12-bit count of groups, then each
    /// group as one value or a start and an end, each coded as the distance from the last.
    pub(crate) fn fibonacci_range(&mut self, values: &[u64]) {
        let mut sorted = values.to_vec();
        sorted.sort_unstable();
        sorted.dedup();
        let mut groups: Vec<(u64, u64)> = Vec::new();
        for value in sorted {
            match groups.last_mut() {
                Some((_, end)) if *end + 1 == value => *end = value,
                _ => groups.push((value, value)),
            }
        }
        self.int(groups.len() as u64, 12);
        let mut offset = 0;
        for (start, end) in groups {
            self.bool(start != end);
            self.fibonacci(start - offset);
            offset = start;
            if start != end {
                self.fibonacci(end - offset);
                offset = end;
            }
        }
    }

    /// The bits in base64url, padded with zeros to whole bytes and then to whole characters,
    /// as GPP's compressed encoding does.
    pub(crate) fn to_base64url(&self) -> String {
        let mut bits = self.bits.clone();
        while !bits.len().is_multiple_of(8) {
            bits.push(false);
        }
        while !bits.len().is_multiple_of(6) {
            bits.push(false);
        }
        bits.chunks(6)
            .map(|chunk| {
                let index = chunk
                    .iter()
                    .fold(0usize, |n, bit| n << 1 | usize::from(*bit));
                char::from(ALPHABET[index])
            })
            .collect()
    }
}

/// Bits being read from a base64url string; every read past the end is an error, never a
/// panic, since the string comes from a page nobody checked.
#[derive(Debug)]
pub(crate) struct BitReader {
    bits: Vec<bool>,
    at: usize,
}

/// A read past the end, or a character outside the alphabet.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Truncated;

impl BitReader {
    /// The bits of `text`, or `None` when a character is not base64url.
    pub(crate) fn new(text: &str) -> Option<BitReader> {
        let mut bits = Vec::with_capacity(text.len() * 6);
        for byte in text.bytes() {
            let value = ALPHABET.iter().position(|c| *c == byte)?;
            for shift in (0..6).rev() {
                bits.push(value >> shift & 1 == 1);
            }
        }
        Some(BitReader { bits, at: 0 })
    }

    /// Reads an integer of `width` bits (64 at most).
    pub(crate) fn int(&mut self, width: u32) -> Result<u64, Truncated> {
        let end = self.at + width as usize;
        let bits = self.bits.get(self.at..end).ok_or(Truncated)?;
        self.at = end;
        Ok(bits.iter().fold(0, |n, bit| n << 1 | u64::from(*bit)))
    }

    /// Reads one bit.
    pub(crate) fn bool(&mut self) -> Result<bool, Truncated> {
        Ok(self.int(1)? == 1)
    }

    /// Reads one Fibonacci-coded integer.
    pub(crate) fn fibonacci(&mut self) -> Result<u64, Truncated> {
        let (mut value, mut previous_bit) = (0u64, false);
        let (mut a, mut b) = (1u64, 2u64);
        loop {
            let bit = self.bool()?;
            if bit && previous_bit {
                return Ok(value);
            }
            if bit {
                value = value.checked_add(a).ok_or(Truncated)?;
            }
            previous_bit = bit;
            (a, b) = (b, a.checked_add(b).ok_or(Truncated)?);
        }
    }

    /// Reads a Fibonacci range, as [`BitWriter::fibonacci_range`] writes it. A range is
    /// bounded by `limit` values in all, so a forged string cannot ask for billions.
    pub(crate) fn fibonacci_range(&mut self, limit: usize) -> Result<Vec<u64>, Truncated> {
        let groups = self.int(12)?;
        let mut values = Vec::new();
        let mut offset = 0u64;
        for _ in 0..groups {
            let is_range = self.bool()?;
            let start = offset.checked_add(self.fibonacci()?).ok_or(Truncated)?;
            offset = start;
            let end = if is_range {
                offset = start.checked_add(self.fibonacci()?).ok_or(Truncated)?;
                offset
            } else {
                start
            };
            let room = u64::try_from(limit.saturating_sub(values.len())).unwrap_or(u64::MAX);
            if end - start >= room {
                return Err(Truncated);
            }
            values.extend(start..=end);
        }
        Ok(values)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fibonacci_codes_match_the_specification() {
        // The GPP specification's table: 1 = 11, 2 = 011, 3 = 0011, 4 = 1011, 7 = 01011.
        for (value, code) in [
            (1, "11"),
            (2, "011"),
            (3, "0011"),
            (4, "1011"),
            (7, "01011"),
        ] {
            let mut writer = BitWriter::default();
            writer.fibonacci(value);
            let written: String = writer
                .bits
                .iter()
                .map(|b| if *b { '1' } else { '0' })
                .collect();
            assert_eq!(written, code, "{value}");
        }
    }

    #[test]
    fn ranges_and_integers_read_back() {
        let mut writer = BitWriter::default();
        writer.int(3, 6);
        writer.fibonacci_range(&[2, 6, 7, 8, 9, 27]);
        writer.int(1, 2);
        let mut reader = BitReader::new(&writer.to_base64url()).unwrap();
        assert_eq!(reader.int(6), Ok(3));
        assert_eq!(reader.fibonacci_range(100), Ok(vec![2, 6, 7, 8, 9, 27]));
        assert_eq!(reader.int(2), Ok(1));
        assert!(reader.int(64).is_err());
    }

    #[test]
    fn a_forged_range_cannot_ask_for_more_than_its_limit() {
        let mut writer = BitWriter::default();
        writer.int(1, 12);
        writer.bool(true);
        writer.fibonacci(1);
        writer.fibonacci(5_000_000);
        let mut reader = BitReader::new(&writer.to_base64url()).unwrap();
        assert_eq!(reader.fibonacci_range(1000), Err(Truncated));
        assert!(BitReader::new("AB=").is_none());
    }
}
