;; Harness self-test: some expectations here are deliberately WRONG, and HarnessSelfTest checks that the
;; harness reports exactly those commands as failed. Line numbers matter: HarnessSelfTest names them.
(module binary "\00asm" "\01\00\00\00")
(assert_invalid (module binary "\00asm" "\01\00\00\00") "type mismatch")
(assert_malformed (module binary "\00asm" "\02\00\00\00") "this is not the decoder's message")
(assert_malformed (module binary "\00asm" "\02\00\00\00") "unknown binary version")
(module binary "\00asn" "\01\00\00\00")
(assert_malformed (module binary "\00asm" "\01\00\00\00") "unexpected end")
(assert_return (invoke "f") (i32.const 1))
(assert_unlinkable (module binary "\00asm" "\01\00\00\00") "unknown import")
(assert_unlinkable (module binary "\00asm" "\01") "unknown import")
(assert_malformed (module binary "\00asm" "\01\00\00\00") "listed in the skip list")
