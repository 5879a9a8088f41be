//! A service's seal (*sigiliu*) on a state it has checked: an HMAC-SHA256 under a key only the
//! service holds, so that a caller can hand the state back later and the service, which keeps
//! nothing between calls, knows it is the state it computed and not one written by the caller.
//!
//! What it proves and what it does not: a valid seal proves that a holder of the key computed
//! exactly this content; it does not prove when, nor that it is the newest state (an older
//! sealed state stays valid, so keeping one history is the caller's task), and anyone who holds
//! the key can seal anything. Keys are at least 32 bytes (RFC 2104 asks for the hash's length);
//! a seal is compared in constant time.

use std::fmt;

use hmac::{Hmac, Mac};
use serde::Serialize;
use sha2::Sha256;

use crate::chain::Digest;

/// The key a service seals with: at least 32 bytes, never printed.
#[derive(Clone)]
pub struct SealKey {
    /// HMAC-SHA256 keyed, before any content.
    keyed: Hmac<Sha256>,
    /// The key's length, which alone is shown.
    len: usize,
}

/// The shortest key accepted, in bytes: SHA-256's output length.
pub const MIN_KEY_BYTES: usize = 32;

impl SealKey {
    /// A key from its bytes; refused when shorter than [`MIN_KEY_BYTES`].
    pub fn new(bytes: &[u8]) -> Result<SealKey, String> {
        if bytes.len() < MIN_KEY_BYTES {
            return Err(format!(
                "a sealing key has at least {MIN_KEY_BYTES} bytes, not {} (e.g. `head -c 32 /dev/urandom > key`)",
                bytes.len()
            ));
        }
        let keyed = Hmac::<Sha256>::new_from_slice(bytes).map_err(|err| err.to_string())?;
        Ok(SealKey {
            keyed,
            len: bytes.len(),
        })
    }

    fn mac(&self, kind: &str, content: &impl Serialize) -> Hmac<Sha256> {
        let mut mac = self.keyed.clone();
        mac.update(b"regula-seal-v1\0");
        mac.update(kind.as_bytes());
        mac.update(&[0]);
        mac.update(&crate::chain::canonical(content));
        mac
    }

    /// The seal on `content` of this `kind` (a checkpoint's name, so that a seal of one kind is
    /// never taken for another).
    pub fn seal(&self, kind: &str, content: &impl Serialize) -> Digest {
        Digest::from_bytes(self.mac(kind, content).finalize().into_bytes().into())
    }

    /// Whether `seal` is this key's seal on `content` of this `kind`, compared in constant time.
    pub fn verifies(&self, kind: &str, content: &impl Serialize, seal: &Digest) -> bool {
        self.mac(kind, content)
            .verify_slice(seal.as_bytes())
            .is_ok()
    }
}

impl fmt::Debug for SealKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "SealKey({} bytes)", self.len)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_seal_verifies_only_its_content_kind_and_key() {
        let key = SealKey::new(&[7u8; 32]).unwrap();
        let seal = key.seal("counselling/checkpoint", &("head", 3));
        assert!(key.verifies("counselling/checkpoint", &("head", 3), &seal));
        assert!(!key.verifies("counselling/checkpoint", &("head", 4), &seal));
        assert!(!key.verifies("catalog/checkpoint", &("head", 3), &seal));
        let other = SealKey::new(&[8u8; 32]).unwrap();
        assert!(!other.verifies("counselling/checkpoint", &("head", 3), &seal));
    }

    #[test]
    fn a_short_key_is_refused_and_no_key_is_printed() {
        assert!(SealKey::new(&[1u8; 31]).unwrap_err().contains("31"));
        assert_eq!(
            format!("{:?}", SealKey::new(&[1u8; 40]).unwrap()),
            "SealKey(40 bytes)"
        );
    }

    #[test]
    fn the_primitive_is_rfc_4231_hmac_sha256() {
        // RFC 4231 test case 2: key "Jefe", "what do ya want for nothing?".
        let mut mac = Hmac::<Sha256>::new_from_slice(b"Jefe").unwrap();
        mac.update(b"what do ya want for nothing?");
        let tag: [u8; 32] = mac.finalize().into_bytes().into();
        assert_eq!(
            Digest::from_bytes(tag).to_string(),
            "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"
        );
    }

    /// The seal of a fixed key and content is pinned: a change of its framing (the version tag,
    /// the kind, the content's bytes) would make every checkpoint already issued unreadable, so
    /// it must fail here first.
    #[test]
    fn the_seal_of_a_fixed_key_and_content_does_not_change() {
        let key = SealKey::new(&[7u8; 32]).unwrap();
        let seal = key.seal("counselling/checkpoint", &("head", 3));
        // HMAC-SHA256(key, "regula-seal-v1\0" ‖ kind ‖ "\0" ‖ JSON `["head",3]`).
        let mut mac = Hmac::<Sha256>::new_from_slice(&[7u8; 32]).unwrap();
        mac.update(b"regula-seal-v1\0counselling/checkpoint\0[\"head\",3]");
        let expected: [u8; 32] = mac.finalize().into_bytes().into();
        assert_eq!(seal, Digest::from_bytes(expected));
    }
}
