use std::str::FromStr;

use serde::{Deserialize, Serialize};

use crate::Error;

/// Shortest secret accepted: 256 bits, the HMAC-SHA-256 block strength.
const MIN_SECRET_BYTES: usize = 32;

/// One HMAC key with the id written next to each signature, so keys can rotate.
/// Deserialising checks it as [`SigningKey::new`] does.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "UncheckedKey")]
pub struct SigningKey {
    id: String,
    #[serde(with = "hex")]
    secret: Vec<u8>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct UncheckedKey {
    id: String,
    #[serde(with = "hex")]
    secret: Vec<u8>,
}

impl TryFrom<UncheckedKey> for SigningKey {
    type Error = Error;

    fn try_from(key: UncheckedKey) -> Result<Self, Self::Error> {
        SigningKey::new(key.id, key.secret)
    }
}

impl std::fmt::Debug for SigningKey {
    /// Never prints the secret, so a key ring can sit in a logged configuration.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SigningKey")
            .field("id", &self.id)
            .finish_non_exhaustive()
    }
}

impl SigningKey {
    /// A key from its id (1 to 16 letters, digits, `-` or `_`) and secret (at least 32 bytes).
    pub fn new(id: impl Into<String>, secret: Vec<u8>) -> Result<Self, Error> {
        let id = id.into();
        let id_ok = (1..=16).contains(&id.len())
            && id
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
        if !id_ok {
            return Err(Error::InvalidKey {
                id,
                reason: "an id is 1 to 16 letters, digits, `-` or `_`",
            });
        }
        if secret.len() < MIN_SECRET_BYTES {
            return Err(Error::InvalidKey {
                id,
                reason: "a secret is at least 32 bytes (64 hex digits)",
            });
        }
        Ok(SigningKey { id, secret })
    }

    /// The id written next to signatures made with this key.
    pub fn id(&self) -> &str {
        &self.id
    }

    /// The secret bytes.
    pub fn secret(&self) -> &[u8] {
        &self.secret
    }
}

/// The keys that sign and verify `cookies_preferences`. The first key signs; every key still
/// verifies, so a retired key keeps old cookies valid until it is removed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "UncheckedRing")]
pub struct KeyRing {
    #[serde(rename = "key")]
    keys: Vec<SigningKey>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct UncheckedRing {
    key: Vec<SigningKey>,
}

impl TryFrom<UncheckedRing> for KeyRing {
    type Error = Error;

    fn try_from(ring: UncheckedRing) -> Result<Self, Self::Error> {
        KeyRing::new(ring.key)
    }
}

impl KeyRing {
    /// A ring from its keys, signing key first. It must hold at least one key and no id twice.
    pub fn new(keys: Vec<SigningKey>) -> Result<Self, Error> {
        if keys.is_empty() {
            return Err(Error::InvalidKey {
                id: String::new(),
                reason: "a key ring holds at least one key",
            });
        }
        for (i, key) in keys.iter().enumerate() {
            if keys[..i].iter().any(|earlier| earlier.id == key.id) {
                return Err(Error::InvalidKey {
                    id: key.id.clone(),
                    reason: "the id is used twice",
                });
            }
        }
        Ok(KeyRing { keys })
    }

    /// The key that signs new values.
    pub fn signing_key(&self) -> &SigningKey {
        &self.keys[0]
    }

    /// The key with this id, if the ring still holds it.
    pub fn key(&self, id: &str) -> Option<&SigningKey> {
        self.keys.iter().find(|k| k.id == id)
    }

    /// The ring as the TOML file stored next to an SQLite database.
    pub fn to_toml(&self) -> String {
        let body = toml::to_string_pretty(self).unwrap_or_default();
        format!(
            "# cookiewarden signing keys. The first key signs; every key verifies.\n# Keep this file secret.\n\n{body}"
        )
    }

    /// Reads the TOML form written by [`KeyRing::to_toml`].
    pub fn from_toml(text: &str) -> Result<Self, Error> {
        toml::from_str(text).map_err(|e| Error::InvalidKeyFile(e.message().to_owned()))
    }
}

impl FromStr for KeyRing {
    type Err = Error;

    /// Reads the environment form `id:hexsecret,id:hexsecret`, signing key first.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let keys = s
            .split(',')
            .map(|entry| {
                let (id, secret) =
                    entry
                        .trim()
                        .split_once(':')
                        .ok_or_else(|| Error::InvalidKey {
                            id: String::new(),
                            reason: "write each key as id:hexsecret",
                        })?;
                let secret = hex::decode(secret).map_err(|_| Error::InvalidKey {
                    id: id.to_owned(),
                    reason: "a secret is written in hexadecimal",
                })?;
                SigningKey::new(id, secret)
            })
            .collect::<Result<Vec<_>, _>>()?;
        KeyRing::new(keys)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn secret(byte: u8) -> Vec<u8> {
        vec![byte; 32]
    }

    #[test]
    fn the_first_key_signs_and_all_can_be_found() {
        let ring = KeyRing::new(vec![
            SigningKey::new("k2", secret(2)).unwrap(),
            SigningKey::new("k1", secret(1)).unwrap(),
        ])
        .unwrap();
        assert_eq!(ring.signing_key().id(), "k2");
        assert_eq!(ring.key("k1").unwrap().secret(), secret(1));
        assert!(ring.key("k0").is_none());
    }

    #[test]
    fn toml_and_environment_forms_read_back() {
        let ring = KeyRing::new(vec![SigningKey::new("k1", secret(7)).unwrap()]).unwrap();
        assert_eq!(KeyRing::from_toml(&ring.to_toml()).unwrap(), ring);
        let env = format!("k1:{}", hex::encode(secret(7)));
        assert_eq!(env.parse::<KeyRing>().unwrap(), ring);
    }

    #[test]
    fn weak_duplicate_or_malformed_keys_are_refused() {
        assert!(SigningKey::new("k1", vec![1; 31]).is_err());
        assert!(SigningKey::new("bad id", secret(1)).is_err());
        assert!(KeyRing::new(vec![]).is_err());
        let k = SigningKey::new("k1", secret(1)).unwrap();
        assert!(KeyRing::new(vec![k.clone(), k]).is_err());
        assert!("k1".parse::<KeyRing>().is_err());
        assert!("k1:zz".parse::<KeyRing>().is_err());
        assert!(!format!("{:?}", SigningKey::new("k1", secret(9)).unwrap()).contains("09"));
    }
}
