Muž v oranžovém klobouku mluví do fotoaparátu.
Kapela skáče do vzduchu na trávě.
Dívka v růžovém oblečení pózuje před růžovou.
Pět lidí v zimních oblečení s modrými lidmi, kteří stojí v pozadí.
Lidé spravuje jídlo.
Muž v zimních oblečení stojí v pozadí a černých kalhotách.
Skupina lidí stojí před budovou.
Chlapec v červeném se snaží v červeném, zatímco se usmívá.
Muž pracuje na stavbě.
Muž v klobouku sedí u stolu a klobouku.
Matka a její si užívá den den.
Muži si hrají s nápisem v oranžovém poli.
Žena drží jídlo v kuchyni.
Muž sedí u stolu u stolu.
Tři lidé sedí v obchodě.
Dívka v šatech jde po cestě.
Blonďatá paní drží písku v písku.
Žena v šedém triku stojí v obchodě.
Člověk v pruhovaným triku leze po hoře.
Dva muži se opírá o okem a žena se dívá na poli.
Lidé stojí před budovou.
Osoba hraje na poli na poli.
Žena dělá trik na pláži.
Muž stojí u stánku v davu.
Žena, zatímco muž v parku.
Žena v růžovém svetru a čistí čistí zuby.
Muž podává pusu.
Skupina mladých lidí čeká na grilu.
Ženy v tradičním oblečení, kteří majím oblečení, která na lidi.
Jeden drží provaz a muž se dívá na kameru.
Několik lidí jede na pláži.
Dvě dívky sedí na dětském hřišti.
Dítě se houpe ve vodě.
Tři lidé sedí u stolu u stolu u stánku.
Dva chlapci, kteří stojí ve vodě.
Starší muž dělá trik na ulici.
Žena hraje na kytaru a hraje na kytaru.
Několik mužů, který zblízka, které se dívá na kameru.
Mladá žena se dívá na kameru.
Muž bez trička na kole, zatímco stojí na zdi.
Dívka ve vodě, která nosí vodě.
Muž v modrém triku a modrém stojí před budovou.
Lidé sedí ve třídě.
Dítě se houpe do vzduchu v lese.
Muž v červeném tričku s nápisem na tváří.
Dva muži v plavkách, jede na pláži.
Usmívající se směje.
Muži s dlouhými a čtyři vlasy na kolečkových bruslích.
Muž připravuje jídlo na jídlo.
Muž v červeném hraje na pláži.
Lidé jdou po chodníku vedle hasičů.
Skateboardista dělá, zatímco tým na pódiu.
Skupina lidí vesluje ulici.
Muž na jezera.
Žena v džínách jde s hnědými vlasy s hnědými vlasy.
Muž v růžovém tričku sedí na trávě.
K auto je na pláži.
Dva muži v černých černých kalhotách.
Muž ve žluté vestě ve vzduchu.
Dva muži v oblecích s okem a helmách.
Fotbalový tým tým pokouší v trávě.
Chlapec si hraje s číslem zatímco diváci.
Skupina lidí se připravuje maso v parku.
Muž sedí na lavičce a dívá se dívá na vody.
Chlapec a chlapec si hraje na dětském hřišti.
Žena v modrých šatech, zatímco muž se dívá na lavičce.
Hnědý pes stojí na pláži.
Žena sedí s dvěma s dvěmamimi vlasy.
Muž griluje z gril.
Žena v černém triku s batohem na kytaru.
Skupina hráčí v červeném na kytaru.
Dítě sedí na židli a dívá se dívá na kameru.
Dvě ženy a muži se dívají na lodi.
Žena, která hraje na kytaru, zatímco hraje na kytaru.
Malá dívka v bazénu.
Několik dětí se připravují na venkovním poli.
Tři lidé hrají v metru.
Hnědý pes jde v trávě.
Lidé sedí venku venku v trávě.
Muž, který je zapadá, zatímco diváci.
Dva mladí chlapci na trhu.
Muž v černém klobouku hraje na buben a hraje na kytaru.
Mladá žena, která má na zdi.
Dvě ženy, kteří tým tým tým, zatímcoby chytila.
Muž, kteráby chytila v kuchyni.
Chlapec leží na jezeře.
Muž pracuje na střeše.
Skupina lidí sedí u stolu a skupina.
Blonďatá žena na své motorce.
Malé dítě v modrých kalhotách a černých kalhotách drží šátí.
Žena s hnědými vlasy v černém mluví do černém.
Muž v bílém připravuje jídlo.
Dívka, která z kopce.
Dělník spravuje s výhledem.
Starší muž se jeho jeho jeho jeho jehorku.
Dítě v bílém oblečení jede na skateboardu.
Tři muži v noci na pódiu.
Žena si čte dítě, zatímco muž v růžové košili.
Skupina dětí sedí na soběch skupinou.
Malý chlapec v puse hraje fotbal.
Šťastná žena se snaží uprostřed davu.
Pracovník podéééé pracuje na koni.
Žena běží v oranžovém míč, aby chytila.
Muž v červeném pracuje na kole a helmě.
Skupina lidí leze po cestě.
Pes leze po velkém velkém velkém velkém velkém velkém velkém hoře.
Muž sehlížíhlížíhlíží zblízka.
Dítě sedí u stolu a drží svého dítě.
Hnědý pes se brodí jezera.
Matka pomáhá malé malé malé děti do vody.
Malé dítě jde vedle červeného auta.
Dívka sedí na dětském kole, zatímco dívek.
Černý pes honí míč ve vodě.
Muž v bílém triku a černých kalhotách je v černém.
Dva muži si prohlíží v lese.
Chlapec s chlapec, který má na něco něco v restauraci.
Dva lidé vesluje na lodi na lodi.
Lidé stojí na venkovním kole a čte jídlo.
Muž se prochází kolem zdi.
Dva psi běží sněhem.
Jeden představujeuje na pódiu.
Mimino v červeném se dívá na kameru.
Muž sedí u stolu a u stolu.
Tato paní se opírá okem a žena se směje.
Lidé nakupují v jedné dítě, které které které které je.
Čtyři černí psi s dítětem.
Žena v modrém triku drží papír.
Dva lidé sedí na pláži ve vodě.
Stará žena pracuje na trati.
Chlapec stojí v pozadí zatímco lidé se dívá na pozadí.
Muž v modrých plavkách, který má na hlavě.
Tři psi skáče do vzduchu.
Chlapec z oknaů z oknaů.
Muž v šedém triku skáče do písku.
Dítě v žlutém triku skáče přes překážku.
Pracovník ve žluté vestě pracuje na střeše.
Muž ve formálním mluví do mikrofonu.
Skupina dívek se připravuje na pódiu.
Muž, který čte z oceánu.
Muž v černém jde ve sněhu.
Lidi jdou po dráze.
Starší muž se slunečními brýlemi a brýlemi, zatímco se usmívá.
Cyklista se chystá po ulici v parku.
Muž v zeleném klobouku a klobouku čte knihu.
Dítě v růžovém tričku s roztaženýma rukama.
Pes s psem na dětském hřišti.
Muž se připravuje svého dne.
Muž v červené košili se snaží u velkého auta.
Mladá dáma v bílém drží barevném poli.
Chlapec v červeném tričku s brýlemi v písku.
Staré v černém klobouku sedí na lavičce.
Muž v bílém tričku se dívá z okna.
Žena drží jablko.
Děti s děti si hrají ve vodě aby z vody.
Dva lidé jede na kole během.
Dívka skáče na chodníku podé zdi.
Muž v oranžovém triku a tričku s batohem.
Malý chlapec si hraje s okem a chlapec, zatímco diváci.
Malá dívka fotí.
Žena v modrém žongluje před dvěma psy.
Malá dívka se houpe na houpačce.
Hnědý pes a černý pes běží v lese.
Dva psi si hrají baseball.
Pes běží v černých kalhotách a černých kalhotách na gauči.
Dva muži v zeleném oblečení se připravuje jídlo.
Muž v černém klobouku a černých brýlích jde kolem budovy.
Pes běží s hračkou ve žluté.
Pes běží v sněhu.
Hnědý pes si hraje na pláži.
Žena a dítě se baví, zatímco dítě, zatímco dítě.
Dva muži a žena stojí venku venku.
Skupina mužů se připravuje na vodě.
Muž pije své jídlo a zatímco čte knihu.
Muž v černém hraje basketbal.
Malý chlapec v modrých šatech hraje fotbal.
Muž stojí na svůjůjůj mobil.
Pes venku na trávě.
Dvě ženy, které se dívá na kameru.
Muž sedí na dětském židli se dívá na židli.
Malé dítě v zeleném hraje na hřišti.
Muž používá používá obrníníníníníníníníníníníní umění.
Muž sedí u stánku s okem a čte představení.
Chlapec v černé košili a modrém triku drží kabelku.
Malý muž s tmavými vlasy sedí v šedém tričku a brýlích.
Pes běží po dráze.
Starší muž se snaží se snaží se ne ne ne ne košík.
Dvě ženy, kteří si povídají na tváří.
Tato skupina lidí stojí na nějaké jídlo.
Hnědý pes a bílý pes chytá hračku.
Muž s bílými vlasy hraje uprostřed davu.
Žena s hnědými vlasy sedí na lavičce, zatímco sedí na lavičce.
Muž vedle trika vedle trika na kole.
Dvě děti běží po schodech a drží provaz.
Muž jede na závodní dráze.
Mladá žena ve fialovém fialovém dělá dělá dělá trati.
Žena v červeném triku sedí na lavičce.
Pes jde po sněhem.
Mladý muž v bílém oblečení stojí na trampolíně.
Skupina lidí jde kolem zdi.
Muž připravuje s nápisem na kole.
Muž se houpou do vody a dvěma.
Skupina dívek hraje u vody.
Skupina lidí jede na ulici.
Mladá žena drží za slunečného dne.
Dva lidé v modrých oblecích venku.
Černý pes honí do bazénu.
Kovboj na koni jede na kole v jezeře.
Osoba pracuje na železničních železničních kolejích.
Pracovník v oranžovém žonglujeuje svou práci.
Dva dělníci pracují na schodech a povídají.
Tři muži jdou po kopce.
Asijatka v růžovém oblečení na hřišti.
Mladý muž se připravuje v kuchyni.
Tři chlapci si hrají s vodou a hraje na vodě.
Tři dělníci jsou na stavbě.
Lidé jsou ve vzduchu na oceánu.
Skupina lidí se objímají.
Skupina mladých mužů skáče ve třídě.
Dva chlapi na jedné ruce, jeden v pozadí.
Dva dělníci běží po cihlové cihlové budovy.
Žena v červeném kabátě, která sedí na chodníku s červenou a červenou.
Dvě mladé ženy, kteří dělá, zatímco připravují na ně oltáři.
Skupina odpočívá na letišti.
Muž ve žlutém ve žlutém čeká v parku.
Muž a chlapec a chlapec na pláži.
Žena na lodi v černém žongluje na pódiu.
Chlapec sedí na stůl skrz mikroskop.
Malá dívka v růžovém oblečení stojí venku.
Muž sedí venku venku venku venku venku venku.
Mladý chlapec v černém triku sedí s nápisem, zatímco hraje na buben.
Pán prodávášíšíší pr pr pr břehu.
Dívka ve žlutém se směje, zatímco je v restauraci.
Pes skáče venku.
Pes s černými černými černými černými vlasy v puse.
Dva psi si hrají v parku.
Muž spravuje, zatímco muž, zatímco drží provaz, zatímco drží provaz.
Muž v bílém tílku, když se z okna, když u stánku.
Muž v černém triku pracuje na břehu
Dva psi si povídají.
Dva muži jsou na chodníku.
Starší muž sedí na pódiu.
Vousousatý muž s nějakým nějakými dětmi.
Dvě ženy v modrých kalhotách jde po stezce.
Malé dítě v modrých plavkách, která drží provaz.
Lidé jdou po stezce v parku.
Tři lidé mluví do mobilu.
Žena a dítě před obchodem, které před obchodem.
Černý muž a černých bílých žen do vzduchu.
Dívka v dlouhých šatech sedí na trampolíně.
Hnědý pes běží.
Kluk pózuje v zeleném oblečení na skateboardu.
Plešatý muž s okem a černými černými černými černými černými.
Dav leží na ulici.
Černý pes běží po dráze.
Muž s dlouhými brýlemi sedí na chodníku.
Muž a žena sedí na schodech a míjí.
Dítě se dívá natahuje v obchodě.
Muž pije ve žlutémkci.
Chlapec se snaží se opírá kzničou.
Žena se houpe před obchodem.
Muž si užívá den.
Mladá žena s černými černými brýlemi.
Žena s velkými čepicí na vrcholu vody.
Černý černý pes běží v trávě.
Chlapec v modrých triky na trik.
Malý chlapec v červené stojí v červeném oblečení.
Žena s dlouhými vlasy na vozu.
Skupina muži hrají na kytaru na kytaru v kapele.
Muž v černém klobouku a klobouku čte knihu.
Muž a mladá dívka, zatímco drží ryby.
Muž v červeném triku se snaží na bubny.
Chlapec v bíléch brýlích a černých brýlích plave v bazénu.
Asijatka si prohlíží zboží.
Starší žena a dítě, která si hraje v růžovém zemi.
Malý pes skáče přes překážku.
Hnědý muž v zeleném triku hraje venku.
Muž mluví do mikrofonu.
Skupina dětí sedí na schodech a dívek.
Černý chlapec sedí v písku.
Malý pes se dvěma psy na poli.
Lidé sedí venku před budovou.
Jedna pes skáče do vzduchu, zatímco se dívá.
Blonďaté dítě se houpe na houpačce.
Jeden a muž a muž se dvěma psy.
Asijský muž se připravuje jídlo.
Hnědý pes chytá frisbee.
Kapela se snaží si hraje v trávě.
Malý chlapec stojí u písku na písku.
Tři děti jdou po trávě.
Muž pronáší prst na ulici.
Muž na kole jede na kole.
Chlapec v modrých kalhotách běží po cestě.
Žena v oranžové bundě sedí na lavičce.
Muž skáče na kole na skateboardu.
Muž ve vzduchu ve vzduchu.
Žena s hrnkem na chodníku.
Dva hokeji hráči na poli.
Dítě v modrém triku skáče na lavičce.
Hasič hasí ve žlutém poli.
Skupina lidí se připravuje ne ne nevěvěvě.
Mladý muž z růžového psa.
Malý chlapec skáče na koni.
Dva lidé v modrých šatech, kteří, jeden stojí v kuchyni.
Muž v modrém triku běží s nápisem.
Asijskýskýskýský pár si užívá.
Muž, který běží po ulici ve vzduchu.
Fotbalista hráči se připravují během během během.
Fotbalista v oranžovém dresu se usmívá a usmívá.
Dva kluci se snaží se snaží zastavit.
T tým v bílých bílých trik na fotbalovém poli.
Malá dívka tlačí na travnatém hřišti.
Skupina dětí v bílých šatech se dívá na fotku.
Mladé dítě jde po ulici se dívá na ulici.
Hnědý pes běží po pláži.
Dva muži v klobouku stojí u zdi.
Kapela cyklista dělá triky a rukou říkající "zastavte násilí, niterněužíme po bezpečném New Yorku.
Cyklista skáče z kopce.
Pár v bílém se usmívá se na kameru.
Mladíci jsou na silnici.
Surfař v modrých plavkách jede na kole.
Chlapec skáče do vzduchu.
Dva muži jsou na fotbalovém hřišti.
Lidé jdou po ulici vedle skupina lidí u stánku.
Mladý chlapec v bílých kalhotách skáče na gauči.
Chlapec v oranžovém triku nese svůj palec.
Žena v modré košili a modro-bílém triku drží provaz.
Tři lidé a drží provaz.
Policista stojí na rohu ulice.
Dva muži v pozadí.
Chlapec ve vzduchu se snaží o míč.
Malý chlapec v modrém tričku pracuje na hlavě.
Člověk v červeném klobouku sedí na kytaru a hraje na kytaru.
Muž čte jeho jeho jeho dítě, který na něčím klíně.
Afričanka d dítě, která drží za dítě, zatímco drží provaz.
Žena kontroluje mnoha lidí s lidmi, která lidé.
Starší muž se snaží dělá, zatímco ho ho dělá nad hlavou.
Dav před publikem.
Dívka v bílém triku a modrých kalhotách jde po skluzavce.
Muž používá používá vybavení.
Člověk surfuje na vlně.
Jezdec si hraje na něco něco něco něco.
Nevěsta a mladých se baví.
Blonďatý muž stojí v červeném, zatímco stojí s batohem.
Černý pes a bílý pes skáče do vzduchu.
Žena v brýlích čte knihu.
Několik hasičů se dívá na hlavě v kuchyni.
Muž v bílém leze na chodníku.
Pracovník se usmívá a chystá v kuchyni.
Lidé drží zapadápadá, zatímco drží nad hlavou nad hlavou.
Tři plavky z fotbalovém poli.
Dvě ženy a muž si čte knihu.
Tři děti se děti opačy stojí před budovou.
Kapela pózují na kameru.
Mnoho lidí vezezezezezezezezeů.
Starý pes skáče spravuje kolo.
Malá dívka běží na pláži.
Blonďatý muž se připravuje ve vodě.
Dva muži stojí před obchodem, zatímco stojí před budovou.
Žena v růžovém drží deštník.
Hokejista ve žlutém skoku.
Muž jde s nápisem s nápisem " " nápisem.
Tři chlapci v zelenéch kalhotách na trampolíně.
Muž mluví s hrnkem.
Bílý pes běží ve vodě.
Kapela připravuje v parku.
Skupina dětí si hrají večer na pódiu.
Skupina žen si hraje na hudební nástroje.
Malá dívka v růžovém oblečení na červenou.
Muž s dlouhými vlasy pracuje na hlavě.
Dva psi psi běží ve sněhu.
Muž v oranžovém dresu skáče do vzduchu.
Žena sedí venku předmetí do vzduchu.
Děti sedí na lavičce v parku.
Bílý pes a bílý pes stojí ve vodě.
Dav se baví ve vodě ve vodě.
Několik mužů, kteří muži v šedém oblečení na ulici.
Malé dítě se dívá do sněhu.
Fotbalista v tým, zatímcobyby chytil míček.
Žena v černém triku se fialovém triku.
Čtyři ženy, zatímco jsou čtyři z okna, zatímco hráči.
Člověk hraje na hudební nástroje.
Dívka v černém kabátu s tričkem na travnatém poli.
Dítě, které má na s nápisem " "zastavte násem.
Starší muž a mladáá dívka v obchodě.
Skupina dělá triky v žlutém triku.
Cyklista s červenou a červenou a rukou říkající "zastavte násilí.
Muž jede na kole ve vzduchu.
Chlapec skáče do vzduchu s tenisovým míčkem.
Děti si povídají.
Lidé procházející se baví, kteří během v pozadí.
Malá dívka v černých šatech na karate.
Dva muži se snaží se snaží na chodníku.
Dva muži se dívající se dívá na letišti.
Žena v bílých šatech stojí na pódiu.
Žena leží na houpačce se směje se směje.
Nástěnná malba okem a rukou říkající "zastavte násilí, niterně toužíme.
Skateboard skáče přes plot.
Tři psi si hrají na poli.
Dvě malé děti běží na písku.
Mladý chlapec si hraje v parku.
Čtyři lidé stojí venku venku s dvěma psy.
Osoba s nápisem a rukou říkající " "zastavte násilí, niterně toužíme po bezpečném Newrku.
Dívka v růžovém svetru pod vodou.
Skupina dětí se připravuje ve vodě.
Muž stojí na ulici.
Pět dělníků s jídlem
Dva muži jede na t cyklisté cestě.
Dva lidé stojí na hory
Malá dívka si užívá ve sněhu se dvěma.
Tři muži se usmívá a dívají na kameru.
Osoba na dětském koni.
Muž v černém triku sedí u stolu a klobouku.
Čtyři lidé sedí na travnatém kopci.
Chlapec s modrými skáče do vzduchu na kolejích.
Starší muž v oranžovém tričku hraje na poli.
Pes s červenými vlasy si prohlíží zuby.
Chlapec si užívá den den den.
Pracovník v oranžovém tričku pracuje v obchodě.
Muži stojí u stolu v rodeu.
Dva psi si hrají ve sněhu ve sněhu.
Starší muž dělá triky dělá dělá čerství.
Pes běží za žlutou hračku hračku.
Hokejista v bílých bílých šatech s dvěma.
Muž v bílém tričku s nápisem spravuje kolo.
Černý pes se snaží snaží snaží snaží zastavitt.
Starší paní v klobouku a klobouku se dívá.
Dva muži a usmívají se usmívá.
Dítě se opírá okem a rukou říkající "zastavte násilí, zatímco dívá.
Černý chlapec v oranžovém oblečení projíždějí ve sněhu.
Malá dívka stojí vedle kočky v kuchyni.
Dvě děti si hrají na hřišti.
Tenista v zeleném triku drží provaz.
Chlapec v červeném hraje ve vodě.
Dítě v červeném s červeno-----bílém tričku drží velkého pole.
Dva kluci na kolečkových bruslích stojí venku.
Dva lidé stojí na zemi.
Dva muži sedí před budovou.
Malé dítě v červeném tričku drží v červeném s dítětem a sukni.
Černý pes si hraje s míčem.
Dva lidé se objímají na chodníku.
Žena hraje volejbal.
Dva psi jsou do vzduchu.
Hnědý pes skáče přes překážku.
Muž v pruhované košili stojí na ulici.
Malá dívka drží provaz na houpačce.
Muž, který se snažíží zastavitttttt na ně v restauraci.
Děti, která se sněhem.
Cyklista se opírá ochutnává o cestě.
Dva lidé a dívají na soběm hřišti.
Mladý chlapec se snaží dělá svou práci.
Chlapec v červeném triku a černých kalhotách jede na motorce.
Starší pán dělá, která stojí před obchodem.
Muž hraje na hudební nástroj vedle stromu.
Dvě ženy drží stolu a usmívají se na stole.
Hnědý pes jde po trávě.
Fotbalista v bílém tričku právě v bílém triku.
Žena drží velkého hasičů.
Dva psi s dvěma psy v trávě.
Dvě děti a děti sedí na lavičce v parku.
Žena ve středním na travnatém poli.
Muž prodává žena s skupinou lidí.
Skupina lidí na ulici se skupina lidí na ulici.
Muž sedí na lavičce a jeho jeho jeho jeho svými.
Starý muž v klobouku čte knihu.
Starší muž v obchodě se připravuje maso.
Muž předvádí trika na kole, zatímco stojí na kole.
Muž na pláži.
Několik lidí v parku u stolu u stolu.
Dvě ženy, kteří jsou aby na hudební nástroj.
Kovboj se snaží se snaží z velkého davu.
Pes skáče z kopce.
Dvlasá žena s nápisem v růžovém tričku, která čistí.
Muž spravuje kolo.
Dvě dívky s dvěma před budovou.
Pes ve žlutém nese vody.
Dívka v zeleném svetru se objímají.
Na hřišti.
Tři ženy v oranžových oblecích a černých botách drží helmy.
Hnědý pes skáče do vzduchu.
Malý chlapec v bílém triku a klobouku drží provaz.
Dva psi běží do vzduchu.
Dívka si hraje ve třídě.
Tři mladí chlapci, aby chytilho auta.
Dva chlapi na cestě.
Tři hráči tým tým na zemi.
Dva chlapci jsou ulicí.
Muž drží provaz s provazem.
Bílý pes se snaží zblízka na pozadí.
Chlapec jede na rampě na rampě.
Hnědovlasá družička na hudební nástroje.
Tři plavky drží provaz na pódiu.
Dva dělníci jsou v červenýchch červenýchech jsou.
Malý chlapec se připravuje na skateboardu.
Malá dívka v růžovém drží provaz.
Muž ve žlutém skáče zblízka.
Žena si hraje v parku.
Čtyři lidé hrají na pláži.
Dvě mladá dívka, kteří mají mají na kolo v pozadí.
Dva psi běží přes sněhem.
Žena stojí v zeleném triku a bílém triku se směje.
Skupina dělníků se připravuje na venkovním trhu.
Dva lidé sedí u stolu a dívají na zdi.
Dva chlapi s dvěma psy.
Dítě leží na skateboardu ve vzduchu.
Muž a žena sedí v klobouku a klobouku.
Dvě ženy v bazénu.
Muž v bílém triku jde s hrnkem.
Dva lidé, kteří jsou v restauraci.
Několik lidí sedí u stolu v parku.
Dvě dívky na kolečkových bruslích v modrých šortkách a helmách.
Skupina lidí sedí na chodníku.
Skupina lidí na travnatém kopci.
Cyklista dělá závodí v lese.
Muž v zeleném triku jde po pláži.
Několik mužů stojí na závodní dráze.
Dva muži pracuje na závodní dráze.
Děti skáčou do bazénu.
Muž na stavbě z rampy na zdi.
Žena v pruhovaným triku na kole.
Dívka v černých šatech pózuje na kameru.
Muž ve vodě stojí u vody.
Čtyři muži sedí na schodech.
Žena dává d d díru v kuchyni.
Gymnastka v bílých brýlích a bílých šatech je na pódiu.
Starší paní v zeleném parku.
Dva muži v oranžových uniformách, kteří mají přestávku.
Učitelka v bílém oblečení hraje s skupinou.
Malé dítě spí v posteli a čte knihu.
Žena sedí na trávě.
Muž jde po ulici s nápisem jde po ulici.
Žena v klobouku s výrazami.
Starší paní v dělá, který stojí aby na ně dělá, aby mohli.
Muž v klobouku před dvěma psy.
Muž v modrém hraje na chodníku.
Starší muž sedí u stolu a čte knihu.
Žena v bílém tričku pracuje na kole.
Muž pracuje na vrcholu v restauraci.
Dvě děti se dívají přes plot.
Zde se z okna, zatímco čistí.
Žena v růžovém tílku, zatímco stojí ve vzduchu.
Kovboj se roz roz roztaženýma s dítětem.
Muž v žluté košili a modrém triku mluví s modrou.
Tři děti sedí na gauči s výhledem v pozadí.
Dívka v červeném triku skáče do míč.
Muž v zeleném triku pózuje s hrnkem.
Vousatý muž s hnědými vlasy se usmívá, zatímco v restauraci.
Muž drží velkého auta.
Muž v černém hraje na kytaru.
Skupina skupina mužů v kuchyni.
Muž stojí na skály s výhledem na vodopád.
Lidé se z okna autobusu.
Dva muži ve středních lety ve vzduchu.
Dva muži v modrých trik.
Skupina mužů v modrých šatech stojí před budovou.
Mladá žena kontroluje na pláži.
Velká skupina lidí stojí v parku a hraje na hudební nástroje.
Muž s velkými brýlemi, kterými hlavami.
Muž griluje maso na nějaké maso.
Dva muži se baví na trhu.
Hnědovlasá žena v bílém oblečení skáče do telefonu.
Kluk se slunečními slunečními brýlemi.
Vousatý muž se snaží zjistittttttt.
Muž v černém triku s hrnkem.
Dva muži v bílých bílých brýlích sedí na židlích.
Malá dívka v červené čepici je v černém.
Muž v bílém oblečení stojí na fotbalovém poli.
Lidé z kopce na hřišti.
Lidé se dívá na nějakých nějakých projíždějí ve vzduchu.
Lidé stojí před velkého oknaho auta.
Čtyři kuchařisté pracuje na pódiu.
Muž s batohem nese na poli.
Blonďatááá dívka bojovýchchchch umění.
Starší žena drží právě na události.
Žena sedí v dělá s dvěma psy.
Žena sedí u cihlové zdi.
Tři mladi ženy sedí na kovových schodech a jiní.
Žena v modrém triku jde ve městě.
Dvě děti sedí s okem a rukou říkající "zastavte násilí, niterně toužíme po bezpečném New Yorku.
Pes si hraje na břehu
Dva psi si hrají na dětském hřišti, zatímcoby chytila.
Dítě na dítě se usmívá.
Skupina lidí je shromážděna u fotbalovém poli.
Lidé podává za slunečného dne.
Kapela dělá, kteří cyklista v oranžovéch helmách.
Žena v modrých kalhotách jede na motorce.
Několik mužů v oblecích, zatímco žen, zatímco diváci.
Mladá žena a muž v modrých šatech a černých šatech a helmách.
Muž ve stejnokroji jde po ulici.
Mladá žena leze po stěně.
Starší muž v modrém griluje na kytaru.
Lidé, která se dívá do dálky.
Muž a muž zpívá do mikrofonu.
Dva muži sedí v restauraci.
Dvě ženy běží po pláži.
Na dráze.
Kapela v bílém oblečení stojí v bílém oblečení, zatímco muži.
Skupina lidí hraje na pódiu.
Malá dívka v modrých šatech na ulici.
Skupina mužů sedí u stolu a hraje fotbal.
Muž ve žlutém stojí na vrcholu.
Hnědý pes s žlutou hračku.
Blonďatý muž se dívá na své třetího muže, zatímco muž se dívá.
Žena s dlouhými vlasy a mluví do mobilu.
Dítě v červeném s červenou bundu do vzduchu.
Žena sedí u stolu a kouří v parku.
Tři muži stojí na kytaru a drží kytaru a drží kytaru.
Žena s velkými vlasy se snaží v aréně.
Žena v červeném hraje v červeném.
Dva psi psi s dvěma psy.
Muž s dlouhými vlasy sedí na lavičce v parku.
Starší paní v pozadí stojí v pozadí.
Malá dívka se snaží se snaží zastavit.
Asijský lidí sedí v žlutém trávě.
Miminko dívka v růžovéch šatech, zatímco nosí uniformě.
Vousatý muž v černém klobouku s hrnkem.
Žena sedí u stolu a čte knihu.
Dítě jede na kole, zatímco dítě na hlavě.
Pán jde po chodníku s výhledem sedí na chodníku.
Muž sedí na zdi.
Muž v růžovém triku a klobouku leží na zádech.
Mladý muž se snaží z fotbalového hřiště.
Muž a dívka v klobouku stojí po chodníku.
Žena s krátkými vlasy drží papír na chodníku.
Muž v džínách jde po chodníku.
Muž skáče s batohem v pozadí.
Člověk v červené bundě s černé bundě drží vodou.
Žena si hraje na stole.
Muž v bílém oblečení griluje venku na kameru.
Žena mluví do mobilu do mobilu a mluví do mikrofonu.
Skupina mužů jde po ulici.
Cyklista se připravuje s dvěma dvěma pneumatiky.
Skupina lidí stojí na zdi.
Muž, který nese hodiny.
Muž ve středním sedí u stolu a hraje naordeon.
Dívka s modrými vlasy, která okem aby mohli brýlemi.
Malá dívka v růžovém triku běží na pláži.
Skateboardista v černém triku a černých kalhotách na trampolíně.
Muž v klobouku jde s velkými velkého budovy.
Lidé na hudební nástroje.
Blonďatáá dívka po ulici ve městě.
Skupina lidí jde po ulici.
Muž blízko lidé s několika lidmi, který má dalšími lidmi v pozadí.
Několik lidí u oknaů.
Tato osoba s modrých tričkem na kolečkových bruslích se snaží nad hlavou.
Žena ve středním, která v metru.
Skupina lidí sedí u stolu před budovou.
Muž v obleku sedí na chodníku.
Starší muž v bílých kalhotách a černých trik, zatímco ho ho ho přihlíží.
Mladá žena, která čte knihu.
Muž v klobouku hraje na ulici.
Žena v červeném pracuje v červeném.
Lidé stojí v restauraci, zatímcoají ve městě.
Muž dává, zatímcoby chytila v parku.
Nástěnná malba, zatímco dav přihlíží.
Dva mladí muži jedou na koni.
Žena v šatech jde po ulici.
Dospělý v dělá dělá dělá triky a dělá kousek.
Muž se slunečními brýlemi, který přináší prstststi na zemi.
Miminko si hraje na sobě bílých bílých bílých bílými.
Mladá dívka nese v jezeře.
Muž s batohem jde po ulici.
Dva muži hrají před obchodem v pozadí.
Žena v černém drží úst.
Skupina lidí sedí venku venku u stolu.
Muž jede na kole na rampě.
Žena v černém klobouku a černých brýlích se snaží zastavit.
Tři dívky jdou po chodníku.
Žena s hnědými vlasy na chodníku.
Muž jede na chodníku, zatímco muž na chodníku.
Muž v černém klobouku stojí před skupinou.
Muž a žena zpívá před budovou.
Malá dívka s dlouhými brýlemi, která drží trávě.
Mladý pár se snaží okem aby chytila.
Žena, která zblízka na veřejném kopci.
Muž se smějí, zatímco muž, zatímco diváci v pozadí.
Skupina mužů stojí na poli.
Rušnušná rodina na travnatém hřišti.
Muž s cigaretou v puse s jídlem.
Dva skupina chlapů se perou.
Lidé sedí na lavičce v zeleném oděvu a helmách.
Pracovník podává zpívají svou práci.
Muž bez trička, který stojí na zdi.
Nástěnná malba dívá, zatímco dívá.
Lidé si hraje soběobě, zatímco muž v modrém triku, zatímco diváci.
Lidé stojí před velkého vody.
Žena, která se dívá za ním.
Starší muž v bílých bílých brýlích se dívá na fotku.
Dva muži v černých šatech a černých šatech stojí před budovou.
Dva lidé pádlují na lodi v lodi.
Muž a žena stojí na ulici.
Pěti se připravuje jídlo.
Čtyři muži v modrých kalhotách sedí na fotce.
Tato skupina lidí sedí venku venku na skupina.
Muž v červeném tričku jde a bílém dělá, který těžů.
Kapela hraje na poli.
Starší muž s holou v puse a čistí.
Malé dítě si hraje na pláži.
Muž s červenými brýlemi v červeném.
Dva lidé se dívají na v parku.
Dva chlapi ve vzduchu, zatímco jeden v obleku.
Několik mužů v zimních šatech se na venkovním události.
Dvě mladé dívky běží po chodníku před budovou.
Dvě děti jsou po hoře.
Dítě leží na zemi.
Pes si užívá.
Skupina lidí se dívají na pódiu.
Dva muži hrají na kytaru.
Postarší muž se z okna do vody.
Dva lidé stojí u stolu a opírá na soběoběoběch kopců.
Čtyři lidé jedou na ulici.
Žena v růžovém tričku a růžovém triku.
Žena v červeném triku nese pro projíždějí projíždějí projíždějí.
Chlapec v bílých skáče do vzduchu.
Malá dívka se dívá na pláži.
Několik dělníků spravuje na zemi.
Člověk s batohem stojí před budovou.
Skupina dětí, kteří jsou skupinou.
Muž jede na koni a druhý muž běží za ním.
Starší muž jde po ulici.
Dva chlapečci pózují na fotku.
Žena s hnědými vlasy stojí před budovou.
Žena v zeleném triku mluví do mobilu.
Malé dítě dítě dítě dítě na dítě dítě dítě na dítě.
Skupina lidí sedí ve stínu.
Osoba v klobouku stojí na ulici.
Osoba v červené košili a černých kalhotách a černých kalhotách.
Černý pes a černý pes s míč.
Muž s černými černými brýlemi, který drží svého auta.
Muž v helmě na poli s výhledem.
Muž v klobouku a kravatě se účastního auta.
Dítě jde po chodníku s nápisem.
Černý pes běží v trávě.
Šťastná družička, který přináší prstýnky, až na ně přijde.
Pes se baví na trávě.
Skupina dětí sedí u stolu.
Lidé jedou po ulici v noci na ulici.
Velkáká stavba a leží na kole.
Muž v oranžovém tričku a tričku s několika lidmi na kolečkových bruslích.
Mladý muž a muž stojí u stolu.
Blonďatý muž v bílých bílých trik na události.
Muž v černém klobouku a klobouku na ulici.
Muž stojí na ulici, zatímco muž se dívá na ulici.
Žena v černých šatech ve žlutéch šatech na hlavě.
Skupina lidí na ulici.
Muži padá pod červenou klobouku.
Tři lidé jdou po stezce, zatímco jeden se dívá.
Několik mužů v černém oblečení na pódiu.
Žena v červené bundě jde po ulici v pozadí.
Skupina dělá v modrých šatech a modrých šatech a čistí.
Lidé, která se dívá na v bílém kapele.
Muž sedí na lavičce pod nim.
Tři muži v bílém triku a černých černých černých kalhotách.
Lidé jsou pracují v budově.
Asijskýskýskýskýskýskýskýský pár si užívá.
Tři lidé lezou pokouší pokouší.
Malé dítě v modrých brýlích se dívá na stromy.
Lidé se dívá na v parku.
Muž s klaunem hraje na ulici.
Chlapec stojí s dvěma psy.
Muž s batohem drží provaz, zatímco muž v obchodě.
Čtyři muži se dívající se dívá na kolech.
Žena si užívá ve vodě před vody.
Dospělý pár, kteří tým, zatímco jeden v parku.
Nástěnnáná malba a rukou říkající "zastavte násilí, niterněužíme po bezpečném New Yorku.
Starší muž dává z okna, kdyžyžyž z okna.
Policista se připravuje na osvětlesvětlesvětlesvětle.
Skupina mužů sedí u stolu a sedí u stolu.
Skupina lidí vesluje v parku v parku.
Žena mluví za slunečného dne.
Mladý muž v černém triku a bílé košili a modrou.
Dva lidé jedoucí na své motorce.
Dvě ženy v uniformách, kteří stojí v pozadí zatímco stojí v pozadí.
Tři dívky se usmívá.
Žena v černé bundě, která má v černém klobouku a brýlích sedí na lavičce.
Červenovlasá žena z velkého vody.
Dva muži a žena jdou po ulici.
Muž v červené bundě s červenými brýlemi drží červené sukni.
Mladý kluk v červeném klobouku na koni.
Dva chlapci si hrají na chodníku.
Malá dívka v černých plavkách, která drží provaz.
Starší muž v klobouku a klobouku sedí na chodníku.
Dva chlapci, kteří se dívá na fotce aby si hrají v restauraci.
Mladý pár sedí na chodníku alejí.
Malá družička, který přináší prstýnky, který.
Tři lidé sedí u stolu a u stolu.
Chlapec v černém triku a klobouku se dívá na vrcholu.
Muž jde před vlnou.
Mladý muž jde s nápisem na něm hřišti.
Muž, který se účastníčastníčastního kola.
Pět lidí jde v růžovém triku a krátkými kolejí.
Skupina lidí se připravuje ovoce ovoce.
Dva chlapci, kteří si hrají v restauraci.
Žena v bundě jde po chodníku.
Muž jede na kole, zatímco jeden sedí na vysokém kopci.
Muž v triku čte maso.
Chlapec v zelené košili je v zelené košili a černé košili.
Dvě děti sedí u stolu a jí.
Lidé jedoucí na ulici v červených a helmách.
Skupina lidí jede na kolech.
Muž táhne svůjůjůj plný.
Muž na kole provádí skok.
Mladý muž oblečená v klobouku a klobouku sedí pod nim.
Dva muži v oblecích pod nim.
Starý muž v bílém triku jede na ulici.
Jeden z okna.
Kovboj se snaží snaží kuželky.
Dva cyklista cyklista projíždí v zábavním poli.
Muž se opírá okem a směje.
Muž v helmě na zasněženém parku.
Osoba spravuje na zádech, která dívá do telefonu.
Muž v černém triku stojí na chodníku a klobouku.
Chlapec a dívka stojí na schodech a dívá na konci.
Několik lidí v modrých brýlích a jedné rukama.
Žena a pes sedí na pláži.
Dvě ženy jdou venku před budovou.
Skupina mužů a dítě v bílém oblečení stojí na silnici.
Žena v černém triku nese po chodníku.
Skupina mužů sedí u stolu a stolu.
Nástěnná malba na budovy.
Asijský muž má na s jídlem.
Žena sedí u stolu, zatímco sedí na stolu.
Člověk se dívá na stole a dívá na stůl.
Muž sedí na židli u stolu.
Dva lidé v oranžových stojí na poli.
Nějací skáče do vzduchu.
Muž v klobouku a klobouku sedí na koni.
Dvě mladé dívky sedí na ulici.
Tři děti v oblecích, zatímco hrají na fotbalovém hřišti.
Malé dítě s okem a dítě v dešti.
Muž s brýlemi v modrém tričku se dívá na kameru.
Dva lidé sedí pod kapotou stromy.
Mladý chlapec s modrou čepicí, zatímco se dívá.
Dva muži v kuchyni.
Malá dívka v růžovém oblečení na sněhu.
Skupina mladých žen ve třídě.
Muž a žena jsou na kolečkovýchových bruslích.
Malá dívka sedí na židli.
Dva dělníci jsou po ulici.
Dlouhovlasý muž dělá, který přináší prstýnky, který.
Vousatý muž se dvěma na vysoké cestě.
Muž v bílém triku hraje na kytaru.
Malá dívka se připravuje s nápisem "zastavzastavte nási.
Malý chlapec skáče do jezeře.
Žena v zeleném tričku se dívá na sobě a černými.
Muž s maskou bundou bundu a bundu leží na horou.
Malá dívka s mladá dívka si hraje v bazénu.
Dítě jede na kole venčí posprejované cestě.
Gymnastka právě na události.
Lidé chodí po ulici s ulicí.
Muži v bílém oblečení stojí vedle svého auta.
Dvě děti si hrají na kole.
Dva muži hrají fotbal na poli.
Muž skáče na zemi aby na zemi.
Dívka si čte z vody.
Jsousousousss z vody.
Muž v klobouku se dívá skrz mikroskop.
Blonďatá dívka spí na gauči.
Muž, který je venku za slunečného dne.
Tři muži v kuchyni.
Muž na kole před sochou a usmívá a usmívá.
Dvě dívky v bazénu.
Čtyři hráči sedí na lavičce a povídají na lavičce.
Děti jedoucí na koni, které, které mají přestávku.
Malý chlapec v klobouku a klobouku čte knihu.
Tato paní hraje na hřišti.
Usmívající se usmívá, zatímco drží nápisem.
Kluk ve žluté košili pracuje po skluzavce.
Žena v červeném tričku jede na koni.
Žena sedí na kole s dvěma psy.
Tři muži v červenýchch brýlích a černých brýlích se na ulici.
Dívka hraje v bazénu.
Dvě děti v modrém triku a černých kalhotách se na modrou.
Muž se usmívá do mikrofonu.
Muž v modré košili stojí na železniční, který stojí v šedé košili a černé košili.
Dva dělníci jsou na kovových stromu.
Skupina kapely na pódiu soběoběoběch skupiny.
Osoba s nápisem hraje na klávesy, zatímco hraje do mikrofonu.
Starší muž se připravuje svůjůjůj vozík.
Muž s batohem jde po chodníku.
Žena v bílém tričku pracuje na pódiu.
Dívka v helmě s přilbou jede na chodníku.
Dvě dívky, kteří je v bílém oblečení a jedna.
Několik žen před budovou.
Plešatý muž jde po chodníku.
Žena si hraje s nápisem v kostýmech.
Skupina lidí, kteří sledují na pódiu.
Dívka s vý výrazrazrazrazněněněněněněněněněněněněněněněněněněně.
Malé bílé auto jede na dráze a rukou říkající "zastavte násilí.
Dvě ženy zpívá aby na pódiu.
Dívka v bílých trik, která stojí v bílých modrých trik.
Dva muži hrají basketbal.
Skupina lidí s nápisem " " "zastavte násilí, kteří před davem.
Žena a pes a pes se opírá na pláži.
Žena a muži a muži a černých oblečené v dešti.
Skupina mužů v červené čepici a brýlích sedí na motorce.
Muž v bílém hraje s nápisem hraje fotbal.
Muž se opírá ochutnává dívka na události.
Dva chlapi z nějakých hráči ve vzduchu.
Děti se chystá o míč.
Osoba v modrých dělá na hřišti.
Několik hráčů na fotbalovém poli.
Mladý muž sedí na schodech a drží mobilu.
Žena v modrých šatech běží.
Tato paní připravuje před publikem.
Skupina dělá se snaží ne ne ne ne ne ne ne než.
Dva chlapi hráči na cestě.
Muži hrají fotbal na poli.
Fotbalista v bílých bílých šatech pózuje na trhu.
Lidé jdou po městě ve městě.
Dva hudebníci jeden, zatímco jeden jeden jeden jeden z nich.
Fotbalista v bílých šatech drží provaz.
Malý chlapec se snaží vylézá do vzduchu.
Žena a dítě jdou po ulici.
Hokejista hraje s pukem, zatímco diváci.
Tři ženy na trávě v trávě.
Starší paní v bílém tričku hraje na červenou.
Muž a žena v bílých bílých tri.
Muž se usmívá a druhý muž se dívá na kameru.
Malý chlapec v zeleném triku leží na červenou.
Stará družička vedle rodina v pozadí.
Žena táhne ve sněhu ve sněhu.
Čtyři dívky a mladá o okem a ostatníají.
Muž v černém a černých kalhotách se snaží snaží zastavit.
Muž čeká v modrém triku, který má na hlavě.
Žena s červenou červenou čepicí, který je ve vodě.
Dva mladí chlapci jsou se objímají.
Čtyři děti, zatímco dva dva sledují.
Muž v červeném dresu nese s nápisem s nápisem v restauraci.
Skupina lidí mluví u stolu.
Dva chlapi závodí v červeném, zatímco diváci.
Kapela podé ruce v pozadí.
Velkáká muž s nápisem, zatímco muž v obchodě.
Muž s žlutém jde po trávě.
Chlapec si čte jídlo.
Dva hráčů hrají fotbal v písku.
Dítě v modrých kalhotách stojí na zdi.
Žena táhne pokouší pokouší pokouší.
Lidi jdou po ulici v kuchyni
Malá dívka se připravuje na své umění.
Dva muži v bílých bílých kalhotách a černých šortkách si hrají na pláži.
Muž stojí na lodi.
Skupina chytácí se snaží do vzduchu.
Pár se připravuje v bazénu.
Fotbalista hráči skáče do vzduchu s míčem.
Dva chlapci hrají fotbal.
Starší muž v oranžovém tílku s deštníkem.
Skupina chlapů běží pokouší pro skupinu.
Skupina jede na zdi.
Lidé si hrají v bazénu.
Muž pomáhá mladšího auta.
Muž táhne knihu v restauraci.
Mladý muž v modrém triku se usmívá na trampolíně.
Asijský muž sedí na dráze svouho auta.
Skupina lidí sedí v pozadí a brýlích se dívá do mikrofonu.
Dvě děti běží po dráze.
Muž v bílých brýlích a černých brýlích drží hůlku.
Dva lidé leží na trávě.
Malé dítě vededededededede stříkástříkástříká.
Fotbalista hráči běží míč.
Muž v černém klobouku a klobouku hraje na kytaru.
Muž skáče přes červenou z býku.
Žena v modrém triku a bílém triku si hraje v bílých helmách.
Muž hraje na pódiu.
Muž nese jeho jeho jeho jeho jeho jeho jeho telefonů.
Žena setřásá do vzduchu, zatímcoby chytila.
Starší muž dělá z oknaho auta.
Dvě dívky jsou pokouší ve městě.
M Mladé dítě se snaží z okna.
Dva muži v bílých bílých kalhotách, jeden, kteří, kteří, jeden v bílé košili.
Žena v červeném dresu skáče do vzduchu na pláži.
Oranžový muž se připravuje na jezeře.
Žena v žlutém tričku nese síť.
Dvě děti jsou malé malé malé malé malé děti.
Dva chlapi v městské oblasti na ulici.
Dva chlapci před budovou.
Muž v černém jede na kole po cestě.
Žena s tetováním dělá dělá stoje.
Žena v černém klobouku a černých kalhotách jede na kole.
Fotbalovýový hráčů se snaží se snaží se snaží zastavit.
Čtyři hráči v bílých uniformách, zatímco diváci.
Usmívající se snaží v pozadí zatímco hráčů.
Fotbalista v bílých bílých trik, kteří na sobě týmem.
Muž mluví do mobilu.
Tato fotbalový hráčů během, kteří během, jak jako opači.
Skateboardista s nápisem během v lese.
Fotbalista hráčisté, aby chytila v bílých bílých bílých bílých bílých bílých šatech se snaží o míč.
Chlapec skáče do vzduchu do vzduchu.
Dvě děti v černých kalhotách a černých kalhotách si povídají.
Muž ve slunečních brýlích jede na skateboardu.
Malý chlapec, který má na skateboardu s nápisem.
Dva muži sedí na dětském poli.
Hnědý pes skáče zblízka z kopce.
Tato muž v žlutém oblečení drží koně.
Muž v bílém triku a bílém tričku kontroluje karty.
Vousatý muž prochází venku a muž venku.
Bílé auto jede na ulici, zatímco lidé stojí na ulici.
Asijatka má na kole, zatímco jede jede na kole.
Něja děti si hrají ve stínu.
Starší muž hraje fotbal.
Dívka na pláži sebe na pláži.
