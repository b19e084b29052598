//! The statement that creates, drops or alters each kind of object.
