package redact

// A user's namespace on a code forge: GitLab (and GitHub, Gitea) put a
// person's projects under their login ("jane.doe/dotfiles"), a group's
// under the group's name ("infra/api"). GitLab's logs write the path in
// production_json.log's meta.project and meta.root_namespace, the params'
// namespace_id, and audit_json.log's entity_path and target_details. Under
// those keys the first segment is masked when it is written as a person's
// login: personLogin's shapes, a common given name and one or two more
// words joined by '-' or '_' (alice-shevchenko, sean_johnson), or an
// initial and a common surname (jsmith, okovalenko: initialSurname), which
// group names (infra, platform, web-team) are not.
//
// The same namespace opens the paths of the forge's web pages and of Git
// over HTTP: /jane.doe/dotfiles/-/blob/main/README.md (GitLab puts "/-/"
// between a project and its pages), /jdoe/notes.git/info/refs. There it
// is masked at the path's first segment (forgeNamespaceAt).

// namespaceKey reports whether key holds a project's path or its
// namespace.
func namespaceKey(key []byte) bool {
	switch len(key) {
	case 11:
		return foldEq(key, "entity_path")
	case 12:
		return foldEq(key, "meta.project") || foldEq(key, "project_path") || foldEq(key, "namespace_id")
	case 14:
		return foldEq(key, "root_namespace")
	case 19:
		return foldEq(key, "meta.root_namespace") || foldEq(key, "path_with_namespace")
	}
	return false
}

// namespaceLoginEnd returns the end of the path v's first segment when it
// is a person's login (see above), or 0.
func namespaceLoginEnd(v []byte) int {
	e := 0
	for e < len(v) && v[e] != '/' {
		e++
	}
	if e == 0 || e > maxLogin {
		return 0
	}
	if ns := v[:e]; (personLogin(ns) || givenNameLogin(ns) || initialSurname(ns)) && !systemAccount(ns) {
		return e
	}
	return 0
}

// givenNameLogin reports whether v is two or three words of lower-case
// letters joined by '-' or '_', the first a common given name.
func givenNameLogin(v []byte) bool {
	var buf [maxLogin]byte
	first, parts, n := 0, 1, 0
	for k, c := range v {
		switch {
		case c >= 'a' && c <= 'z':
			n++
		case (c == '-' || c == '_') && n > 0:
			if parts == 1 {
				first = k
			}
			parts++
			n = 0
		default:
			return false
		}
	}
	if parts < 2 || parts > 3 || n < 2 || first < 2 || first > len(buf) {
		return false
	}
	copy(buf[:], v[:first])
	buf[0] -= 'a' - 'A'
	return givenName(buf[:first])
}

// forgeNamespaceAt reports, cheaply, whether the word at src[i] opens a
// forge's project path after a '/': the namespace segment, a '/', the
// project's segment, then "/-/" or ".git". It returns the namespace's end,
// or 0.
func forgeNamespaceAt(src []byte, i int) int {
	if i == 0 || src[i-1] != '/' || i >= 2 && isAlnum(src[i-2]) && !afterHost(src, i-1) {
		return 0 // not a path's first segment: most words after a '/'
	}
	e := pathSegmentEnd(src, i)
	if e == i || e-i > maxLogin || e+2 >= len(src) || src[e] != '/' {
		return 0
	}
	p := pathSegmentEnd(src, e+1)
	switch {
	case p == e+1:
		return 0
	case p+2 < len(src) && src[p] == '/' && src[p+1] == '-' && src[p+2] == '/':
		return e
	case p-e > 5 && string(src[p-4:p]) == ".git" && (p == len(src) || src[p] == '/' || src[p] == ' ' || src[p] == '"' || src[p] == '?'):
		return e
	}
	return 0
}

// afterHost reports whether the '/' at src[p] ends a URL's authority
// (https://gitlab.example.com/): "//" before the host, read back over
// the host's bytes only.
func afterHost(src []byte, p int) bool {
	k := p - 1
	for k >= 0 && p-k <= 64 && (isAlnum(src[k]) || src[k] == '.' || src[k] == '-' || src[k] == ':') {
		k--
	}
	return k >= 1 && src[k] == '/' && src[k-1] == '/'
}

// pathSegmentEnd returns the end of the path segment of a namespace's or
// project's shape at src[i]: letters, digits, '.', '-' and '_'.
func pathSegmentEnd(src []byte, i int) int {
	for i < len(src) && (isAlnum(src[i]) || src[i] == '.' || src[i] == '-' || src[i] == '_') {
		i++
	}
	return i
}

// scanForgeNamespace matches the namespace of a forge's project path at
// src[i] (forgeNamespaceAt) when it is written as a person's login.
func scanForgeNamespace(src []byte, i int) (hit, bool) {
	e := forgeNamespaceAt(src, i)
	if e == 0 || namespaceLoginEnd(src[i:e]) != e-i {
		return hit{}, false
	}
	return hit{det: DetName, start: i, end: e}, true
}

// initialSurname reports whether v is a login made of a given name's
// initial and a common surname (surnames), in either case, up to two
// digits after: jsmith, okovalenko, MDubois7.
func initialSurname(v []byte) bool {
	for d := 0; d < 2 && len(v) > 5 && isDigit(v[len(v)-1]); d++ {
		v = v[:len(v)-1]
	}
	if len(v) < 5 || len(v) > 17 || !isAlpha(v[0]) {
		return false
	}
	var buf [16]byte
	for k, c := range v[1:] {
		if !isAlpha(c) {
			return false
		}
		buf[k] = c | 0x20
	}
	_, ok := surnames[string(buf[:len(v)-1])]
	return ok
}

// nameLogin reports whether v, a login, names a person: an initial and
// a surname (initialSurname), or two or three words joined by '.', '_' or
// '-' of which one is a common given name or surname (aisha.obrien,
// obrien.aisha, j.smith, dmytro-garcia). A name key's value of that shape
// (terraform's name = "jdoe" of a user resource) is a person's.
func nameLogin(v []byte) bool {
	if initialSurname(v) {
		return true
	}
	if len(v) < 4 || len(v) > maxLogin {
		return false
	}
	var buf [maxLogin]byte
	parts, s := 0, 0
	named := false
	for k := 0; k <= len(v); k++ {
		if k < len(v) && isAlpha(v[k]) {
			continue
		}
		if k < len(v) && v[k] != '.' && v[k] != '_' && v[k] != '-' || k == s || k-s > len(buf) {
			return false
		}
		parts++
		w := buf[:k-s]
		for j, c := range v[s:k] {
			w[j] = c | 0x20
		}
		if _, ok := surnames[string(w)]; ok {
			named = true
		} else if len(w) > 1 {
			w[0] -= 'a' - 'A'
			named = named || givenName(w)
		}
		s = k + 1
	}
	return named && parts >= 2 && parts <= 3
}

// nameValue returns the value after a name key's delimiter at src[j],
// quoted or bare, when it is a login's shape that ends the value: its
// start and end, or e == v.
func nameValue(src []byte, j int) (v, e int) {
	v = j
	if src[j] == '"' || src[j] == '\'' {
		v = j + 1
	}
	e = pathSegmentEnd(src, v)
	switch {
	case v > j && (e >= len(src) || src[e] != src[j]):
		return v, v
	case v == j && e < len(src) && src[e] != ' ' && src[e] != ',' && src[e] != ';' && src[e] != '&' && src[e] != '"':
		return v, v
	}
	return v, e
}

// surnames are frequent family names of the markets whose logs redactd
// reads, in lower case and ASCII (ue for ü, no apostrophe), four letters
// or more. One that is also a common word (Brown, White, King, Wood,
// Hill, Fisher) is left out: an initial before it may spell a word.
var surnames = wordSet(`
		smith johnson williams jones garcia miller davis rodriguez martinez hernandez lopez gonzalez wilson
		anderson thomas taylor moore jackson martin perez thompson harris sanchez clark ramirez lewis robinson
		walker allen wright scott torres nguyen flores adams nelson campbell mitchell roberts carter phillips
		evans turner parker collins edwards stewart morris murphy rogers morgan peterson cooper reed bailey
		kelly howard richardson watson brooks james bennett hughes sanders myers foster jenkins powell
		sullivan russell ortiz perry butler barnes henderson coleman simmons patterson jordan reynolds hamilton
		graham griffin wallace gibson bryant ellis stevens murray marshall owens mcdonald harrison kennedy
		wells alvarez mendoza castillo olson webb washington tucker freeman burns vasquez snyder simpson
		crawford jimenez robertson holmes meyer boyd warren moreno ferguson nichols herrera medina fernandez
		weaver daniels stephens gardner payne kelley dunn pierce arnold spencer peters hawkins hansen castro
		hoffman elliott cunningham bradley obrien oconnor oneill walsh byrne doyle davies hughes doe
		mueller muller schmidt schneider fischer weber wagner becker schulz hoffmann schaefer richter
		schroeder neumann schwarz zimmermann krueger hofmann hartmann lange schmitt werner schmitz krause
		meier lehmann schmid schulze maier koehler herrmann koenig mayer huber fuchs scholz moeller weiss
		hahn schubert vogel friedrich keller guenther berger winkler lorenz baumann franke albrecht
		dubois bernard durand leroy moreau laurent lefebvre bertrand fournier morel girard mercier dupont
		lambert bonnet legrand garnier faure rousseau guerin roussel perrin morin clement gauthier dumont
		fontaine chevalier lefevre
		gomez diaz munoz romero alonso gutierrez navarro dominguez vazquez ramos serrano molina morales
		suarez ortega delgado rubio iglesias rossi russo ferrari esposito bianchi romano colombo ricci
		marino greco gallo conti deluca mancini costa giordano rizzo lombardi moretti
		dejong jansen devries bakker janssen visser meijer mulder hendriks dekker brouwer
		nowak kowalski wisniewski wojcik kowalczyk kaminski lewandowski zielinski szymanski wozniak
		dabrowski kozlowski jankowski mazur kwiatkowski krawczyk piotrowski grabowski kowalska
		shevchenko kovalenko bondarenko tkachenko kravchenko kovalchuk boyko melnyk oliynyk lysenko
		marchenko ivanov smirnov kuznetsov popov vasiliev petrov sokolov mikhailov novikov fedorov
		morozov volkov lebedev semenov pavlov kozlov stepanov nikolaev orlov andreev makarov ivanova petrova
		patel sharma singh kumar gupta mehta reddy joshi desai agarwal verma chopra malhotra kapoor
		banerjee chatterjee mukherjee pillai menon iyer
		yilmaz kaya demir sahin celik yildiz yildirim ozturk aydin ozdemir arslan dogan kilic
		zhang chen yang huang zhao zhou wang
		sato suzuki takahashi tanaka watanabe yamamoto nakamura kobayashi yoshida yamada sasaki
		yamaguchi matsumoto inoue kimura hayashi shimizu
		hassan hussein ahmed mohamed ibrahim mahmoud khalil haddad nasser saleh rahman hussain
		johansson andersson karlsson nilsson eriksson larsson olsson persson svensson gustafsson
		johansen olsen larsen andersen pedersen nielsen jensen christensen virtanen korhonen nieminen
		silva santos oliveira souza pereira rodrigues almeida nascimento araujo fernandes carvalho
		gomes ribeiro alves martins rocha ferreira`)
