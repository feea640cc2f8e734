package redact

func scanSSN(src []byte, i int, bare bool) (match, bool) { return match{}, false }
func scanCard(src []byte, i int) (match, bool)           { return match{}, false }
func scanIBAN(src []byte, i int) (match, bool)           { return match{}, false }
func scanAWSKey(src []byte, i int) (match, bool)         { return match{}, false }
func scanJWT(src []byte, i int) (match, bool)            { return match{}, false }
func scanBearerWord(src []byte, i int) (match, bool)     { return match{}, false }
func scanPhoneCtx(src []byte, i int) (match, bool)       { return match{}, false }
func scanPhoneNational(src []byte, i int) (match, bool)  { return match{}, false }
func scanPhonePlus(src []byte, i int) (match, bool)      { return match{}, false }
