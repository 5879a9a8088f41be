//! A hash chain for the registers Regula keeps (the grade register, CA-6; the counselling
//! reports, CO-3): each event carries the SHA-256 of the event before it and of its own content,
//! and the register carries the last one, its head. Whoever holds a head detects any rewrite of
//! what it covers — an event changed, removed, inserted or moved — because the history no longer
//! leads to that head.
//!
//! What it proves and what it does not: the chain binds each event to every event before it, so a
//! copy of the head taken at any time (printed on the signed paper catalog, sent to the
//! secretariat, kept by an auditor) later proves the history up to it unchanged. It does not
//! prove who wrote an event, nor when: it is not a qualified electronic signature (eIDAS), nor a
//! timestamp, and someone who can rewrite the whole register and every copy of its head can
//! rewrite it undetected.

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use sha2::{Digest as _, Sha256};

/// A SHA-256 digest, written as 64 lowercase hexadecimal digits.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Digest([u8; 32]);

impl Digest {
    /// A digest from its 32 bytes (a seal's HMAC-SHA256, [`crate::seal`]).
    pub fn from_bytes(bytes: [u8; 32]) -> Digest {
        Digest(bytes)
    }

    /// Its 32 bytes.
    pub fn as_bytes(&self) -> &[u8; 32] {
        &self.0
    }

    /// The first link of a register's chain: the digest of what the register is (its kind and
    /// its identity, such as a catalog's header, students and exams).
    pub fn genesis(kind: &str, identity: &impl Serialize) -> Digest {
        let mut hasher = Sha256::new();
        hasher.update(b"regula-chain-v1\0");
        hasher.update(kind.as_bytes());
        hasher.update([0]);
        hasher.update(canonical(identity));
        Digest(hasher.finalize().into())
    }

    /// The link after `self`: the digest of `self` and of the event's content.
    pub fn link(&self, content: &impl Serialize) -> Digest {
        let mut hasher = Sha256::new();
        hasher.update(self.0);
        hasher.update(canonical(content));
        Digest(hasher.finalize().into())
    }
}

/// Where a history stops matching the event hashes kept from an earlier copy of it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Divergence {
    /// The event with this number (from 1) is not the one kept: the history was rewritten from
    /// there.
    Changed(usize),
    /// The event with this number (from 1) is gone.
    Removed(usize),
}

impl fmt::Display for Divergence {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Divergence::Changed(n) => write!(
                f,
                "event {n}: it is not the event kept: the history was rewritten from there"
            ),
            Divergence::Removed(n) => write!(f, "event {n}: it was removed"),
        }
    }
}

/// Whether a register's head is the head kept elsewhere; if not, what to say.
pub fn check_head(now: &Digest, kept: &Digest) -> Result<(), String> {
    if now == kept {
        Ok(())
    } else {
        Err(format!(
            "the history leads to the head {now}, not to the head {kept} kept: it was rewritten"
        ))
    }
}

/// The first event of a history (its hashes, oldest first) that does not match the hashes `kept`
/// from an earlier copy; `None` when every kept event is still there, in place (events appended
/// since are allowed).
pub fn divergence(now: &[Option<Digest>], kept: &[Digest]) -> Option<Divergence> {
    kept.iter()
        .enumerate()
        .find_map(|(i, kept)| match now.get(i) {
            None => Some(Divergence::Removed(i + 1)),
            Some(hash) if *hash != Some(*kept) => Some(Divergence::Changed(i + 1)),
            Some(_) => None,
        })
}

/// The content's bytes: its JSON, fields in the order its type declares them (what a link and a
/// seal, [`crate::seal`], are computed over).
pub(crate) fn canonical(content: &impl Serialize) -> Vec<u8> {
    // Serialising plain data (no maps with non-string keys) cannot fail.
    serde_json::to_vec(content).unwrap_or_default()
}

impl fmt::Display for Digest {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for byte in self.0 {
            write!(f, "{byte:02x}")?;
        }
        Ok(())
    }
}

impl fmt::Debug for Digest {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Digest({self})")
    }
}

impl std::str::FromStr for Digest {
    type Err = String;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let bytes = text.as_bytes();
        if bytes.len() != 64 {
            return Err(format!(
                "{text:?} is not a SHA-256 digest: 64 hexadecimal digits"
            ));
        }
        let mut digest = [0u8; 32];
        for (i, pair) in bytes.chunks(2).enumerate() {
            let hex = std::str::from_utf8(pair).map_err(|e| e.to_string())?;
            digest[i] = u8::from_str_radix(hex, 16)
                .map_err(|_| format!("{text:?} is not a SHA-256 digest: 64 hexadecimal digits"))?;
        }
        Ok(Digest(digest))
    }
}

impl Serialize for Digest {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Digest {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

impl schemars::JsonSchema for Digest {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Digest".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "pattern": "^[0-9a-f]{64}$",
            "description": "A SHA-256 digest, 64 lowercase hexadecimal digits."
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_digest_is_sha_256_written_in_hex_and_read_back() {
        // SHA-256 of "regula-chain-v1\0k\0" followed by the JSON `1`, and of that digest
        // followed by the JSON `2` (computed independently, with Python's hashlib): a register
        // kept today is checked the same way by any later version.
        let g = Digest::genesis("k", &1);
        let text = g.to_string();
        assert_eq!(
            text,
            "cebb9c2887fcbf7321083cbebe557b9821632df61113517f7bff6a3a2ff3cf66"
        );
        assert_eq!(
            g.link(&2).to_string(),
            "dda3530757687fc1ac2a5b2b17b5ee2d677903ea4b0086605696802be1cc4e02"
        );
        assert_eq!(text.parse::<Digest>(), Ok(g));
        assert!("xyz".parse::<Digest>().is_err());
        assert!("g".repeat(64).parse::<Digest>().is_err());
    }

    #[test]
    fn the_first_divergence_from_kept_hashes_is_named() {
        let g = Digest::genesis("k", &0);
        let (a, b, c) = (g.link(&1), g.link(&2), g.link(&3));
        assert_eq!(divergence(&[Some(a), Some(b), Some(c)], &[a, b]), None);
        assert_eq!(
            divergence(&[Some(a), Some(c)], &[a, b]),
            Some(Divergence::Changed(2))
        );
        assert_eq!(
            divergence(&[Some(a)], &[a, b]),
            Some(Divergence::Removed(2))
        );
        assert_eq!(
            divergence(&[None, Some(b)], &[a, b]),
            Some(Divergence::Changed(1))
        );
    }

    #[test]
    fn each_link_depends_on_the_one_before_and_on_its_content() {
        let g = Digest::genesis("k", &"register");
        assert_ne!(g.link(&1), g.link(&2));
        assert_ne!(g.link(&1).link(&2), g.link(&2).link(&1), "the order counts");
        assert_ne!(Digest::genesis("k", &"other").link(&1), g.link(&1));
        assert_eq!(g.link(&1), g.link(&1));
    }
}
