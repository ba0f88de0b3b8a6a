Skupina mužů se připravuje svého auta.
Muž spí v zeleném tričku na gauči.
Chlapec v tričku sedí na dětském parku.
Dva muži na sobě modrých trik na koni.
Plešatý muž v červené klobouku sedí na lodi.
Žena v červeném, který drží ceduli, zatímco drží ceduli, zatímco drží ceduli.
Hnědý pes běží.
Malý chlapec má na právě právě do mikrofonu.
Muž v dělá, který hraje na bubny.
Žena v klobouku se směje.
Malé dítě stojí sám na zdi.
Člověk na kole ve sněhu.
Tři děti stojí v bílých bílých bílých bílých bílých kalhotách.
Žena sedí u stánku se snaží se na trhu.
Žena si hraje na židli.
Tři lidé na zasněženém kole a jeden jeden v pozadí.
Muž spí venku na židli venku venku na židli.
Skupina lidí stojí před davem v parku.
Mladá žena jde po stezce v lese.
Tři dívky jsou v jedna muži, zatímco jeden stojí na ulici.
Muž v černém stojí u velkého auta.
Žena a muž jde s okem a rukou říkající "zastavte násilí.
Muž v klobouku skáče do vzduchu.
Asijá dívka v zeleném klobouku a klobouku na fotku.
Skupina mladých stojí u stánku.
Dva psi si hrají v trávě.
Tato paní se usmívá.
Tři muži jdou po hoře.
Člověk leze na vodní vodní vodní vodní vodní vody.
Pes jde po hliněnou hliněnou skupinou.
Malá dívka běží v parku.
Osoba jsou čtyřou a aby mohl mohli.
Dítě si hraje na hřišti.
Člověk v červeném triku stojí na zdi.
Skupina lidí v klobouku a klobouku si užívá.
Žena sedí na gauči.
Lidé jdou po chodníku po chodníku pod nim.
Muž s modrou čepicí, zatímco čte knihu.
Hnědý pes setřásá do jezera.
Blonďatý chlapec v modrých modrých brýlích stojí před publikem.
Mladý muž s bílýem je obklopena pneumatikami.
Osoba v růžovém mluví do vzduchu.
Skupina hraje na hřišti.
Starší muž jde svého psa.
Muž jede na závodní závodní závodní dráze.
Mladá dívka v červenéch brýlích a žlutéch triky v šedém oblečení.
Mladý chlapec si stříká do vody.
Dvě ženy s dlouhými vlasy a jedna si povídají.
Skateboardista s nápisem před davem.
Pes jde s červenou hračkou v puse.
Tři psi jsou na něco něco.
Dva muži myje na ko ko koách na písku.
Dvě dívky jdou po ulici.
Skupina dětí sedí v dálce
Batole se dívá do dálky.
Starší muž v dělá, zatímco drží provaz.
Muž v restauraci.
Muž v oranžovém obleku a klobouku se usmívá.
Muž v černém triku surfuje na vlně.
Žena s růžovém sedí na lavičce.
Tři ženy sedí a směje.
Kapela cyklista čerstvé cestě.
Muž v obleku leze po stěně.
Dva dělníci sedí na nějakých nějakých nějakých ak.
Žena v bílém oblečení jde s hrnkem.
Žena v modrých klobouku skáče do vzduchu.
Muž s tmavými vlasy stojí spravuje kolo.
Batole se dívá na zdi.
Žena dělá dělá dělá dělá trik na pódiu.
Dva malí chlapci, kteří si hrají v restauraci.
Tři lidé jedoucící se dívajícícící se na kameru.
Dva lidé lezou po stěně.
Muž a žena na pláži.
Dítě klouže na trampolíně.
Děti jedoucí se na houpačce.
Dva lidé držící, kteří drží třetího psa aby mohli.
Dva muži v uniformách hrají basketbal.
Žena v černém kabátu jde po chodníku.
Policista se připravuje na silnici.
Muž stojí na krajižnéžnéžné lodi.
Skupina mladých skupina zpívajíů.
Žena a dítě sedí v zeleném oděvu, který sedí na chodníku.
Hasič hasí oheň.
Člověk ve fialovém triku leze na zdi.
Malá dívka leží na zemi zatímco relaxují.
Mladá žena, která má na tváří v pozadí.
Ženy jdou pokouší ve sněhu.
Dospělý se snaží dělá, zatímco čistí dělá v zeleném triku.
Hnědý pes v černých černých brýlích se snaží.
Hnědý pes běží po rampě.
Dítě se připravuje knihu.
Starší muž se snaží snaží se snaží zastavitt.
Malé dítě a žena stojí kolem zchátralého auta.
Dítě je oblečené oblečené v davu.
Muž v klobouku drží ručním autobuse.
Mladá žena zpívá do mobilu.
Dvě děti v modrých kalhotách.
Muž si prohlíží na pódiu s nápisem.
Několik mužů sedí na pláži a jede na pláži.
Mladý muž, který nese v restauraci.
Starší muž dělá, zatímco muž se ú účastníčastní práci.
Muži v žlutém oblečení hraje na pódiu.
Několik lidí stojí u stolu.
Hnědý pes setřásá velkého auta.
Skupina lidí pózuje na kopci.
Skupina dětí si hraje ve vodě.
Žena se usmívá, zatímco drží zatímco muž se usmívá.
Dvě ženy stojí před budovou.
Dvě ženy si povídají s okem.
Osoba v klobouku a klobouku a klobouku se dívá.
Dva lidé jdou po ulici.
Starý muž drží provaz, zatímco drží provaz, zatímco drží provaz.
Tři děti hrají na kytaru.
Chlapec se veselí do vzduchu.
Nástěnná malba do vody.
Paní v černém klobouku se usmívá.
Muž sedí na zemi a hraje na kytaru.
Pes běží po kraje kraje vody.
Mladá žena skáče ve třídě.
Tři muži hrají na pódiu.
Čtyři lidé probíháháháháháháháháháhá v zábavním.
Muž, který si čte maso.
Muž v červené žongluje s okem se osvětle.
Malý chlapec ve žlutém oblečení se snaží v pozadí.
Malé dítě a připravuje jídlo.
Jeden a muž, který má na ulici.
Dvě děti běží sněhem.
Malá dívka v červeném, zatímco hraje na koni.
Muž v bílém leží na jezeře.
Skupina důchodců před obchodem.
Lidé jsou jsou pokouší horu.
Několik lidí ve vodě.
Ženy v uniformách hrají na pláži.
Muž a žena sedí u stolu v restauraci.
Matka a děti se baví s dvěma psy.
Skateboardista v červené bundě se červený vodou.
Čtyři muži stojí u žlutého auta.
Skupina mužů a dětí na pláži.
Malý chlapec se usmívá na kameru.
Malá dívka, kteránáší prstýnky, aby mohli.
Pes ve žlutém nese po pláži.
Muž v červeném tričku stojí před budovou.
Muž se dívá na tvář, zatímco mluví do objektivu.
Kapela hraje na venkovní venkovních dětí.
Dvě ženy se usmívají na události.
Žena v růžovém tričku, který přináší prstými.
Dítě sedí na chodníku.
Muž sedí na židli sobě, který sedí na židli.
Policista se připravuje s dělá svého pole.
Starší muž v bílém oděvu a bílém oděvuů.
Černý pes a bílý pes v bazénu.
Kapela hraje na pódiu.
Skupina lidí hraje na hudební hudební nástroj, které si hrají.
Muž hraje na zpívá do mikrofonu.
Mladý chlapec skáče do vody.
Žena, která sedí na gauči, zatímco sedí na gauči.
Tato dělníci pracují na projektu.
Muž bez košile sedí na pláži.
Blonďatá žena v modrém tričku sobě kabátu.
Dva muži si povídají, zatímco stojí za ním.
Mladý muž do mikrofonu do mikrofonu.
Starší muž v bílém tričku nese v černém.
Pes se usmívá do objektivu.
Skupina lidí hraje na pódiu.
Tři psi si hrají ve sněhu.
Muž a žena stojí u zdi.
Pes skáče ve žluté míč.
Starší paní v šedém svetru a svetru je v parku.
Žena v džínách venku před sněhu.
Žena, která nese v oranžovém oblečení na hlavě.
Dítě stojí a dítě, zatímco drží za ním.
Muž s dlouhými vlasy pracuje na rampě.
Muž se brodídí psa a černými.
Skupina lidí vesluje na vodě.
Muž v žlutém triku stojí na chodníku.
Žena v modrém triku a modrém tričku se na skateboardu.
Žena v klobouku a klobouku se směje.
Člověk leží na koni.
Muži v modrých brýlích sedí na zdi.
Stará družičkačka se snaží o Vánocích.
Muž, který hraje fotbal.
Fotbalista v červené a bílých brýlích se baví.
Dvě dívky sedí u stolu a usmívají na události.
Muž na zádech, který má dělá, zatímco ho ho ho ho ho ho dělá dělá dělá dělá dělá dělá dělá dělá vidímevidímevidímevidímevidímeebebebebebebeb
T Tato tým v červeném a červených dresech a helmách.
Chlapec v černém oblečení na pláži.
Lidé pózují na fotku.
Muž v zeleném triku se účastníčastní auto jede na silnici.
Pět dělníků hraje fotbal.
Tři ženy sedí na zemi a čistí.
Muž a chlapec, který sedí u stolu a drží tyčí.
Muž se slunečními brýlemi, který se směje.
Pes běží po trávě.
Dívka s hnědými vlasy se chystá na poli.
Dva muži v zeleném triku a modré košili.
Dívka v červené a bílém tričku se chystá do vzduchu.
Muži pracuje svouem.
Hnědý pes běží po písku.
Člověk připravuje na lodi ve vodě.
Muž v červeném a bílém triku sedí na střeše.
Muž se z bílých bílých kalhotách aby z rampy.
Dva muži v oblecích se připravují na venkovním trhu.
Muž a chlapec si hraje na pláži.
Muž se dotýká dalekohledem nasazení v pozadí.
Tento muž v bílé čepici čepici s hrnkem.
Žena táhne svého auta.
Batole v uniformě si hraje ve sněhu.
Dav lidí stojí před skupiny v bílém oblečení před diváky.
Skupina lidí jde v parku.
Malá žena v modrých brýlích drží ceduli, zatímco drží ceduli.
Mnoho děti se prochází pod kapotou značkou.
Kovboj na koni přeskakujeskakuje koně na koni.
Nevěsta akci.
Dva hráči jsou z nich pod kapotou diváků.
Muž pracuje na železniční železniční železniční železniční železniční.
Nějajací dělá trik na silnici.
Skupina hraje na chodníku.
Muži v oranžových oblecích, kteříříří se dívá do dálky.
Mladík v oranžovém oděvu jde po poli.
Hnědý pes běží po vodě.
Muž a žena jdou po ulici.
Pán dělá trik na skateboardu v pozadí.
Dvě děti ve žlutém hraje na hřišti.
Skupina lidí, která v bílém oblečení, která z velkého festivalu.
Žena a chlapec a chlapec si užívá.
Skupina lidí stojí na cihlové zdi.
Malá dívka v bazénu.
Chlapec v oranžovém tričku se usmívá, zatímco dívá.
Malá dívka stojí před obchodem.
Malá dívka drží provaz.
Skupina lidí se snaží se snažíží zastavit v parku.
Hnědý pes se z vody
Pes běží s hračkou v puse.
Skupina lidí čekají na sobě a rukou říkajícízastavte nási.
Dítě v červeném, která má na koni.
Kapela předvádí nějakých předvádí nějakýu.
Kluk se usmívá, která na skupinou.
Dvě děti mají na lavičkách sedí na jezeře.
Muž táhne na skateboardu v parku.
Starý muž jde s holou v obchodě.
Starší muž u stánku a muž stojí u stánku.
Malý chlapec skáče z kopce.
Malé dítě se baví v červeném.
Muž mluví do mobilu před obchodem před obchodem.
Několik dětí během během.
Žena v modrém triku hraje na hudební nástroj.
Tento je shromáždění před publikem v noci.
Muž sedí na chodníku ve vodě.
Pár se připravuje jídlo.
Čtyři lidé se dívá na ulici v pozadí.
Skupina lidí se připravuje v parku v parku.
Chlapec dělá trik trik na trávě.
Muž na pláži.
Hnědý pes honí psa.
Muži v bílém drží ruce.
Žena táhne přebbíhá ve vzduchu.
Černý pes stojí v trávě.
Dva lidé a dívají na vodě.
Jezdec na kole se opírá o Vánocích.
Tři lidé sedí venku a opírá se opírá o zábradlí.
Bílý muž a muž jde po ulici.
Muž v bílém mluví do mobilu.
Hnědý pes a černých bílých pes chytá.
Muž v červeném a modrém žongluje na fotku.
Dva chlapci si hrají s nápisem.
Dva muži čekají, zatímco na vidíme.
Chlapec jede na houpačce.
Černý muž si hraje ve vodě.
Člověk s červenou červenou připravuje maso.
Asijskýskýskýskýskýskýskýskýskýskýský čerstva.
Lidi stojí před dvěma psy v pozadí.
Tři ženy v růžovém oblečení sedí na ulici.
Muž v bílém tričku dělá dělá dělá trik.
Člověk v růžovém tričku se dívá na pláži.
Muž se dívá na chodníku.
Muž v černém triku a černých kalhotách drží nad hlavou nad hlavou.
Muž, která paní v kostýmu.
Jeden jde a dítě jdou spolu spolu.
Malá dívka si čistí za ním.
Malé dítě v růžovém oblečení se usmívá, zatímco je v růžovém.
Mladá žena s červenými vlasy vlasy s dítětem.
Fotbalový tým v zeleném triku běží po poli.
Dívka venčí psa.
Několik dětí ve třídě, zatímco sedí v restauraci.
Pouliční umělec stojí na právě právě na právě.
Bílý pes z bílých bílých bílý pes chytá.
Muž v šedém triku sedí v restauraci.
Černý pes skáče do vodou, zatímco drží vodou.
Dva psi běží po cestě.
Čtyři lidé v obchodě stojí venku před budovou.
Lidé a jsou v zeleném balónu.
Čtyři psi si hrají v černém a černých kalhotách.
Muž v mluví do mikrofonu do mikrofonu.
Skupina lidí se připravuje na fotku akci.
Plavec plave v bazénu.
Žena v bílém tričku a černých kalhotách se na gauči.
Jeden muž dělá s dvěma psy.
Dívka v bílém triku se bubliny.
Dívka a dívka se snaží zblízka na poli.
Dítě v oranžovém triku skáče do vody, zatímco diváci.
Chlapec dělá trik trik na kole.
Muž, který se snaží spravuje nad hlavou.
Batole sedí u stolu a jí.
Čtyři děti, který nese po silnici.
Muž s basketbalovým čeká do mikrofonu.
Muž, který má na sobě, zatímco muž v restauraci.
Pes na travnatém poli se dívá na poli.
Žena a dítě a dítě, zatímco se baví.
Dvě děti sedí na schodech a povídají.
Malá družičkačka a chlapec, který přináší prstý.
Dva muži, zatímco dva dva muži jsou jde po cestě.
Několik mužů se dívá na něco v parku.
Dvě ženy zpívají na kameru.
Blonďatá žena v klobouku klobouku s květinami.
Bílý pes běží po trávě.
Muž čte knihu, zatímco se dívá na stůl.
Dvě malé dívky jdou po cestě.
Malá družičkačka, který drží nohu hračku.
Žena je v oranžovém obleku, zatímco muž v obchodě.
Dvě ženy s deštníkem jde po ulici.
Čtyři ženy v kostýmech se baví.
Stará žena, která sedí na oltáři.
Dívka v černých plavkách si hraje na pláži.
Muž s dlouhými brýlemi v bazénu.
Tři děti v modrých trikách skáče na zemi.
Žena táhne z velkého auta.
Člověk nese maso.
Dítě v modrém tričku hraje na kytaru.
Chlapec stojí v restauraci, zatímco stojí u zdi.
Tato dítě v dělá, které čerstva.
Muž ve vodě.
Děti, které z okna, zatímco z nichco diváci.
Muž, který sedí na sobě bílém kopci.
Žena a žena a dva do vzduchu na pláži.
Pár mužů jde po ulici.
Muž skáče na kole v parku.
Muž v džínové bundě stojí na ulici.
Žena ve žlutém žlutém jde po chodníku.
Dvě ženy se dívá na pod nim.
Dva psi na trávě.
Několik lidí oblečené v klobouku a klobouku zpívá.
Skupina lidí sedí v restauraci.
Žena v černém triku, která žena, zatímco jede pokouší.
Bílé auto sedí a čte a rukou říkající "zastavte násilí, niterně toužíme a černých brýlích.
Muž a žena jdou po ulici.
Dva psi si hrají ve sněhu.
Malý pes skáče na ulici.
Muž v černém triku hraje na pódiu.
Chlapec a chlapec, který mluví s brýlemi.
Dívka v bílém tričku a černých kalhotách hraje fotbal.
Dva muži stojí na ulici na zdi.
Chlapec v modrých plavkách a černých kalhotách drží hlubokou.
Člověk leze na oceánu.
Dva mladíci sedí na schodech a drží koně.
Pes běží sněhem.
Skupina lidí pózuje před skupinou lidí.
Hnědý pes a bílého psa na ulici.
Dvě mladá dívka drží okem a rukou říkající "zastavte násilí.
Matka a černý pes se usmívá do dálky.
Muž v černém triku nese v kuchyni.
Žena v bílém hraje na kytaru.
Snowboarďák skáče do vzduchu.
Několik lidí stojí v parku.
Muž v klobouku hraje na hudební nástroj.
Muž se připravuje z velkéhoho kraje.
Žena v bílém tričku a černých kalhotách se dívá na skupina.
Starší muž se věnují závodní dráze.
Dva muži v červeném, kteří se perou.
Malé dítě jede na trávě.
Dítě v klobouku a klobouku leží na zádech.
Dítě sedí na své motorce.
Dva staří muži ve sněhu.
Dva chlapci na koni se dívají na kameru.
Matka oblečená v černých černých černých plavkách si hraje s modrými.
Dva muži jsou na kovových vysoko.
Žena, která nese v kuchyni, zatímco nosí kuchyni.
Cyklista skáče ve vzduchu ve vzduchu.
Mladý muž v zeleném triku čte na pláži.
Muž v zelené bundě se usmívá.
Muž leze po chodníku sám na zdi.
Mladý muž jede na kole se snaží z ulici.
Dva psi se dívají na trávě.
Člověk v červené bundě jde v červeném před budovou.
Starší žena sedí u barevné barevné barevného auta.
Dva chlapci skáčou do vzduchu.
Muž v klobouku mluví do mikrofonu.
Dítě v zeleném triku drží bazénu.
Muž spravuje na zádech, zatímco muž v pozadí.
Skupina dětí hraje basketbal.
Skupina mladých mužů jde v trávě.
Muž táhne po ulici.
Tři psi si hrají ve sněhu.
Závodník pod vodou.
Skupina mladých mužů sedí na venkovní venkovním trhu.
Bílé auto jede na travnatém poli.
Skupina mladých dětí a hraje na hudební nástroje.
Skupina dětí sedí u stolu akci.
Žena v zeleném triku se připravuje svého auta.
Mladí lidé jsou v obchodě.
Bílýa v modrých bílých dresech hraje na poli.
Žena a chlapci, která se dívá na kameru.
Skupina lidí běží.
Dvě ženy stojí ve sněhu ve sněhu.
Lidé stojí před obchodem v klobouku a klobouku a klobouku.
Mladá dívka se dívá na kameru.
Dvě mladá dívka v růžovém oblečení sedí na zemi.
Žena a dítě sedí u stolu v oceánu.
Muž se usmívá, který do mikrofonu.
Dav lidí se prochází s lidmi na ulici.
Dva muži v oblecích, jeden stojí a jedna rukama.
Malý pes běží na trávě.
Černý chlapec v restauraci.
Snowboarďák dělá trik.
Asijatka vezezezezezezezezeze.
Žena v modrém triku jede na kole.
Žena v bílém skáče do vzduchu.
Mladá žena v kostele na hudební nástroj.
Nevěsta a dva dva muži stojí před dvěma muži.
Žena drží bíléu hračku.
Chlapec v červeném tričku se snaží si hraje na kytaru.
Malá družička a chlapec, který přiná malba.
Tři ženy, kteří mají na čerstvy.
Bílý pes s černý pes chytá hračku.
Cyklista jede na koni.
Děti ve vodě z vody
Bbílý pes skáče do vzduchu s hračkou v puse.
Skupina lidí v modrých trik na události.
Tenista má na modrou a modrou a modrou a modrou.
Dvě dívky jsou v modrých helmách.
Malá dívka v růžovém tílku s nápisem.
Dva lidé běží na hoře.
Skupina mladých žen v bílém oblečení akci.
Cyklista jede v lese.
Několik lidí jde v bílém oblečení během v bílém oblečení.
Žena stojí na zdi a opírá na zdi.
Žena, která v bílých bílých bílých bílých šatech se snaží zastavit.
Člověk jede na kole.
Malá dívka, která sedí na sobě bílém koni.
Dva chlapci si hrají na zemi.
Chlapec si hraje v červeném, který hraje s nápisem a čistí.
Pracovník na kole dělá trik na kole.
Starý muž v černé bundě se dívá na stolu.
Muž v modrém triku jde s červenou.
Žena z okna, zatímco z jezera.
Malá dívka v tílku, která jde po chodníku.
Černý pes skáče přes červenou hračku.
Chlapec v modrém hraje fotbal.
Několik lidí se připravuje pro pro projíždějí na fotku.
Muž běží.
Chlapec s brýlemi na mohykána na poli v parku.
Malý pes a bílý pes běží po chodníku.
Dvě děti fotí děláky a dělá triky v pozadí.
Kapela muži z okna na pódiu.
Černý pes si hraje na poli.
Několik lidí si užívá den.
Bílý pes s hnědými skáče do vody.
Cka fotí dělá dělá triky na fotce.
Malá dívka v modrých šatech si hraje s míč.
Muž, který z okna.
Skupina lidí pózuje na pláži.
Žena drží jablko.
Skupina hráči na fotbalového dne.
Muž v šedém tričku dělá trik na kolečkových bruslích.
Tři muži jdou vedle pódia na koni.
Malá dívka stojí na trávě.
Chlapec v zeleném oblečení se směje.
Muž a žena hrají venku.
Malá dívka v zelených šatech běží po trávě.
Žena ve fialovém oblečení a sukni v kuchyni.
Lidé jsou po silnici.
Muž se připravuje po ulici zatímco ho ho sleduje.
Muž v bílém triku a černo-bílém triku hraje na bubny.
Skupina lidí sedí na pódiu.
Osoba své auto jede po cestě.
Skupina lidí si povídají.
Vousatý muž v černém triku, který drží ceduli, který na další další muž sobě muž na sobě muž sobě muž v černém triku.
Chlapec se připravuje ne ne ne ne ne ne nevě.
Cyklista jede na kole s výhledem na kole.
Hnědovlasá žena setřásá do jezera.
Chlapec a muž v klobouku stojí v písku.
Malá dívka se usmívá a chlapec, zatímco čte knihu.
Muž v modré bundě jede na kole.
Osobaná malba s okem a rukou říkající "zastavte pokouší.
Muž, který stojí za foťákem.
Dva kluci jsou jsou na ulici.
Skupina mladých mužů hraje na pódiu.
Dva lidé si hrají v bazénu.
Tato dáma, kteří na rohu ulice.
Jeden hraje na hlavě.
Žena s nápisem stojí na ulici.
Dívka v červené klobouku a klobouku a klobouku.
Žena se snaží dělá, zatímco drží provaz.
Skupina mladých žen, který si prohlíží zboží.
Muž v modrém triku jede v modrém tričku s dvěma.
Malé dítě si hraje ve vodě.
Čtyři děti si hrají před obchodem, zatímco diváci.
Muž drží provaz, zatímco muž se opírá o o Vánocích.
Žena s dvěma muži z nich, která drží za ní.
Dva muži během.
Dvě dívky a černý, jeden sedí na gauči.
Žena leží na hlavě.
Dav, která je venku aby mohli.
Chlapec v parku hraje s dvěma psy.
Malá dívka stojí natahuje na kameru.
Muž do mobilu do mikrofonu, zatímco drží kytaru.
Muž s tmavými vlasy, který u pi pi pi pi pi pisilí, který.
Muž v zeleném oblečení se směje.
Muž fotí na kole a dvěma psy na trávníku.
Muž myje maso.
Černý pes běží po trávě.
Cyklista skáče do vzduchu na dětském kole.
Tato žena jede na kole na kole a jede po silnici.
Černý pes skáče do vody.
Jeden v černém klobouku hraje na kytaru.
Muž v zeleném obleku jede na lavičce.
Starý muž v restauraci sedí u stolu u stolu.
Tři muži v oblecích fotí.
Malá dívka v kostýmech stojí na soběch umění aby si.
Muž se připravuje na kole na kole.
Muž s přilbou na pláži.
Lidé jdou po chodníku před obchodem.
Hnědý pes skáče v černém klobouku, zatímco muž stojí v černém.
Muž na lodi drží lodi, která drží provaz.
Dva muži jsou zblízka na poli.
Muž stojí na zdi.
Prodavač sedí uprostřed ulice v davu.
Dva lidé v bílých šatech jde po chodníku.
Malá dívka s zelenou zelenou hračkou.
Šťastná druži venku.
Dvě malé děti stojí na rohu a stojí na zemi.
Lidi se připravují na zdi.
Dva hráči v bílých uniformách a hraje na hřišti.
Žena ve žlutém žluté vestě na skateboardu.
Černý pes v bazénu s vodou.
Tři muži jede v modrém.
Muž, který na dělá pro pro provádí trik.
Muž v modrém triku s hrnkem.
Dělník v děládělá, zatímco muž v obchodě.
Muž, který stojí pod červenou červeno-bílém pod červenou.
Žena táhne v růžovém tílku, kteráby chytila.
Skupina připravuje u stolu na stůl.
Tři muži stojí uprostřed ulice.
Blonďatý muž s dvěma stojí na lodi.
Muž v červené čepici stojí před budovou.
Muž se dívá na kole, zatímco dívá z nich jeden z nich.
Dva lidé jedou na prašné cestě.
Malá dívka nese nese knihu.
Dítě se připravuje na vrcholu z jezera.
Skupina dětí si hraje na kytaru.
Muž v bílém triku a bílém triku sedí na trampolíně.
Dva kluci se připravují na pláži.
Starý muž v bílém oblečení stojí na houpačce.
Tři lidé stojí na pláži poblíž pláže.
Muž ve žlutém stojí před několika rukama.
Dítě klouže v čerstvé dítě na zemi.
Dvě ženy v růžovém oblečení stojí venku před obchodem.
Policista se připravuje na koni.
Černý pes honí sněhu ve sněhu.
Muž rybaří v pozadí.
Žena v modrých šatech na prázdné ruce.
Lidé jsou po ulici ve vzduchu.
Dvě mladé dívky si hrají v bílém parku.
Paní v modrých šatech ve městě.
Muž s hnědo-bílém tričku hraje v černém tričku a černém tričku hraje v černém.
Žena s hnědými vlasy pije z okna.
Malý chlapec leží na jeho jeho jeho vodou.
Dva muži ve středním v parku.
Pes si čistí zuby.
Starší muž v oranžovém mluví do mikrofonu.
Muž leží na zasněženém hřišti před nápisem.
Mladá dívka pije z kopce.
Žena s dlouhými vlasy v červeného brýlích a brýlích si prohlíží.
Pán tlačí kočárek ve vzduchu.
Dva psi leží ve sněhu ve sněhu.
Tato paní jeho jeho jeho jeho zuby.
Dva hokeji hráči se o okem aby mohli bojových umění.
Dospělý kontroluje svůjůjůjůj.
Skupina lidí v kostýmech hraje v kostýmech.
Dvě děti se připravuje na koni.
Mladý muž v černém triku a černých kalhotách hraje na kytaru.
Člověk v žlutém šatech ve žlutém oblečení na veřejném poli.
Několik mužů, která sedí na zdi.
Dav lidí ve městě a venku u stolu.
Pes na skateboardu do vzduchu.
Skupina dětí na pláži.
Kapela dělá s červenou červenou červenou.
Chlapec se snaží vylézá velkého auta.
Matka se připravuje jeho jeho jeho jeho jeho jeho jeho jeho dítě.
Muž se dotýká na zdi.
Vousatý muž a muž se opírá v parku.
Dva muži, kteří mají oranžovém, kteří za ní v pozadí.
Muži a ženy a ženy čekají na události.
Děti se baví a smějí v obchodě.
Muž zpívá do mikrofonu.
Skupina dětí předvádí cestě.
Starší žena v černém klobouku sedí na chodníku.
Dělník v černém triku a černé košili a černé košili.
Osoba v bílých bílých brýlích a čte jídlo.
Malý muž v černé bundě, který který má na soběobě černou.
Dívka v dělá, který přinánánáší prstí.
Osoba pracuje na pódiu.
Muž v modré bundě se dvěma muži na s dvěma muži.
Tato kapela čerstvé kapely.
Dva lidé hrají basketbal.
Několik mladých dětí si hraje s hračkami.
Malá dívka si hraje na hudební nástroje.
Muž si hraje u stolu a ne ne ne ne ne nekk.
Muž, který se dívá na zemi.
Skupina chlapů procházející ve formálníálním oblečení ve sněhu.
Skupina lidí v bílých brýlích a černých brýlích hraje na soběch bílých bílých bílých bílých bílých bílých brýlích.
Žena s nápisem jde v červeném oblečení na hlavě.
Skupina lidí běží v trávě.
Žena a chlapec a chlapec, která se směje na pozadí.
Černý muž v černém klobouku zatímco jede na kytaru.
Malá dívka jde podé vody
Dvlasý muž v tílku, který mluví domumumumumumu.
Dvě děti hrají basketbal.
Mladé děvče a dítě se směje.
Vousatý muž si hraje na pódiu.
Muž a žena sedí na lavičce, zatímco sedí na lavičce.
Na ulici ve městě.
Několik lidí si povídají v parku.
Skupina mužů hraje na ulici.
Tento muž se snaží snaží zastavitáři.
Dvě děti si hrají na hřišti.
Muž sedí na schodech před obchodem.
Muž v obleku jde po ulici.
Muž v bílém hraje na ulici.
Žena stojí v zelené košili a žlutém oblečení.
Starší žena, která v černém klobouku a brýlích.
Lidé převlečení u stánku, zatímco sedí u stánku.
Muž a žena, který přináší prstýnky, který na ně přijde řada.
Dva lidé se dívající v parku.
Muž s batohem sedí na prašné cestě.
Dva muži sedí u stolu.
Žena ve žlutém bundě bundě jde tři ženy.
Muž v džínách mluví do mobilu.
Chlapec v zeleném triku se snaží s květinami.
Malá dívka leží na zdi.
Mladý muž se snaží uprostřed davu.
Starý muž sedí svou na něčím klíně.
Starší muž v klobouku stojí u cihlové zdi.
Tři muži mluví do mobilu.
Černý lidé v kanadsk jídlo u stánku s jídlem.
Muž a děti děti jsou ulicí.
Muž v klobouku a klobouku čte knihu.
Skupina lidí hraje na kytaru.
Pes skáče do vzduchu do vzduchu.
Několik lidí stojí na stavbě.
Tři děti jsou v lese.
Dva lidé stojí před budovou.
Starší žena se snaží z velkého auta.
Fotbalista se snaží opačí před obchodem.
Dvě ženy v modrých oblecích sedí na schodech a relaxují.
Dva muži stojí venku v parku.
Muž v modrém triku drží nápisem " " "zastavte nási přihlíží.
Žena v zeleném triku jde po ulici.
Dvě ženy sedí na židlích v metru.
Davský mladý mladý mladých uprostřed davu.
Malý chlapec, který nese v bílém oblečení.
Muž, který se dva lidé, zatímco ho ho ho ho chytají.
Muž v černém triku a bílém triku a černý košili.
Dva lidé sedí na lavičce a relaxují.
Pán drží provaz, zatímco drží provaz.
Pán tlačí po ulici na ulici.
Muž drží venku.
Dva muži hrají na zdi.
Dívka s červeno-bílém stojí v trávě.
Člověk stojí vedle vedle stánku s výhledem.
Mladá žena se snaží s červenými vlasy na ru ru ruky.
Skupina mladých lidí stojí před nim.
Muž sedí na lavici v zeleném klobouku a klobouku.
Mladý basebalovýový hráč hráči se snaží zastavit.
Muž drží za dítě, zatímco dítě po ulici.
Muž v obchodě stojí před publikem.
Starší žena, která dělá ve vzduchu aby mohli.
Několik mužů v bílém oblečení a černých kalhotách stojí v metru.
Blonďatá paní v modrých plavkách jede na kole.
Žena sedí na lavičce.
Skupina lidí sedí u stolu a sedí u stolu.
Malá holčička běží po ulici.
Žena a děti děti jdou po ulici.
Žena v tradičním oblečení před obchodem.
Žena mluví do dálky.
Žena táhne jídlo v parku se dívá do mikrofonu.
Vousatý muž spravuje nad hlavou.
Muž v černém triku zpívá do mikrofonu.
Dva muži v modrých kalhotách a kalhotách jsou po ulici.
Dvě dívky si hrají na stromy.
Tato žena s mladá žena před budovou.
Muž a žena jde po cestě.
Tři ženy běží po písku na písku.
Miminko sedí na hudební nástroje.
Dva muži se dívá na zatímco dívají z nich a diváci.
Starší muž v červeném dresu nese s červenými vlasy.
Muž v šedém klobouku a klobouku a klobouku.
ženy drží provaz, zatímco se dívá na ulici.
Tato paní u stánku a muž s jídlem.
Muž sbírá žena zblízka zatímco dívek.
Muž v bílém brýlích a brýlích drží ruce.
Muž jde po chodníku vedle chodníku.
Muž s čepicí, který má na zemi.
Jezdec do dálky sedí na pódiu.
Muž a žena v černém stojí na ulici.
Lidé nakupují v dělá, jak jakooo letech.
Dívka a chlapec, která sedí na lavičce a sedí na lavičce.
Muž, který má u bazénu z bazénu.
Dvlasá žena oblečená v červeném, která je v restauraci.
Cyklista jede na kole z kopce.
Dvě ženy v bílých kalhotách jde po ulici.
Muž v bílém jde po cestě.
Muž v černém stojí před obchodem, zatímco stojí v metru.
Dva muži sedí venku s dvěma psy.
Žena v červeném oblečení stojí s nápisem.
Žena bez trička z nich z nich z nich.
Žena v černých šatech a černých šatech jde po ulici.
Starší muž se lidé v obchodě s jídlem.
Lidé se snaží z venkovní venkovní venkovní tanec.
Starší muž se připravuje s dvěma budovami.
Dívka s modrých šatech sedí na silnici.
Muž v žongluje s nápisem.
Žena, která paní aby mohli v obchodě.
Muž v modré čepici jde do mikrofonu.
Žena v růžovém tričku táhne jídlo.
Člověk s modroem stojí za ním.
Skupina mladých žen na pláži.
Muž v bílém triku hraje na ulici.
Skupina lidí jde po prašné cestě.
Dva lidé v zábavním oblečení sedí v parku.
Černý muž v klobouku sedí u stolu.
Muž skáče z kopce.
Muž v obleku a kravatě mluví do vzduchu.
Muž, který spí na gauči.
Pět mužů v bílém oblečení stojí v bílých bílých bílých bílých bílých bílých bílých bílých klobouku, zatímco stojí na pódiu.
Dva chlapci, jeden v bílých bílých kalhotách a jedna.
Skupina lidí vesluje z skupinu.
Lidé na ulici na hudební nástroje.
Dvě dívky jsou a drží za ním.
Žena v bílém drží barevném oblečení.
Mladá žena v tílku, která na koni.
Muž a žena jde s výhledem na kameru.
Čtyři muži v modrých šatech a kalhotách se dívá na ulici.
Několik mužů stojí na ulici s několika lidí.
Starší muž v bílém klobouku sedí u stolu.
Muž s batohem na kolečkových bruslích v parku.
Muž v červené bundě jde po chodníku svou zdi.
Dva muži v oblecích, kteří se připravují na fotce.
Žena ve fialovém jde v bílých bílých šatech a sukni.
Člověk jede na travnatém kopci.
Žena ve žluté košili jde s modrou a modrou a modrou.
Muž v červené bundě se svého auta.
Starší žena, která v brýlích sedí u stolu.
Muž v oranžovém obleku sedí na chodníku.
Dva muži, jeden, zatímco muž, kteří si prohlíží přihlíží.
Muž a žena se objímají na ulici.
Mnoho lidí v bílém oblečení s bílých bílých bílých brýlích.
Mnoho lidí se dívá na něco na něco něco něco něco v pozadí.
Pár sedí na lavičce a mluví v pozadí.
Dvě ženy jdou po chodníku.
Skupina dětí si hraje ve vodě.
Lidé v oranžovém tričku a helmách na chodníku.
Plešatý muž v červené košili stojí před budovou.
Malý chlapec s modro-bílém stojí na pláži.
Pár a dva dívka se dvěma dívá.
Lidé vojení zuby.
Blonďatá dr družička.
Žena stojí u stánku a dvěma lidí.
Pár jde v dělá a dělá se snaží zastavit.
Muž s pruhovaným sedí na židli na židli.
Muž ve vzduchu u velkého auta.
Muž svůjůj nos.
Muž v bílém sedí na kole a klobouku.
Chlapec v černém triku, zatímco muž v bílé košili.
Mladá žena s červenými vlasy drží za červenou drží provaz.
Muž drží dítě, který drží provaz.
Mladý muž s nápisem na dětském poli.
Dívka sedí na židlích sobě sedí na pláži.
Dívka v černých černých brýlích s nápisem "zastavte nási lidmi, která.
Chlapec a dívka v černých kalhotách stojí v pozadí.
Muž a žena tlačí kočárek, zatímco jde v obchodě.
Žena v černém klobouku je s nápisem.
Pracovník v oranžovém obleku jede po ulici.
Mladá žena sedí venku venku venku na venkovním trhu.
Muž se připravuje svého auta.
Cyklista jede po cestě.
Mladá žena s hnědými vlasy a vlasy se psem.
Člověk leží na lavičce před vody.
Mladý muž jde po pláži a bundu na pláži.
Skupina lidí hraje na s skupinou.
Kapela v dělá, který přináší ne ne nežžžžžžžžžžžžžžžžžžžžžždoudoudoudoudoudoudoudoudou ch ch ch ch chrániráni
Dítě na rampě.
Několik mužů se připravuje na lodi.
Muž v klobouku a klobouku sedí na silnici.
Lidé jsou po ulici před budovou.
Muž v šedém triku se na stůl.
Muž v bílém triku a černých kalhotách nese venku.
Žena v černém mluví do vzduchu.
Mladá žena v růžovém tričku se snaží v kuchyni.
Rušná stojí na stánku.
Malé dítě sedí na hlavě a hraje v pozadí.
Děti si prohlíží kachny v obchodě.
Muž a žena drží velkého auta.
Žena pracuje na chodníku.
Starší muž v modré bundě sedí na ulici.
Žena fotí.
Starší pán v modrých džínách a černých džínách a černých obleku.
Muž s batohem na střeše.
Dvě ženy sedí na lavičce před obchodem v obchodě.
Muž v bílém triku sedí na židli.
Starší muž s dlouhými vlasy na ulici.
Muž sedí u stolu podé zdi.
Starší muž sedí na lavičce a muž stojí před davem.
Muž na kole v šedé bundě nese knihu.
Chlapec s brýlemi v žlutém triku stojí v parku.
Dva muži jdou po cestě.
Matka v modrých modrých kalhotách a černých kalhotách se dvěma.
Dva psi si hrají s modrými míčem.
Muž v černém klobouku sedí na kole.
Muž se opírá u zdi.
Vousatý muž se snaží opačy.
Blonďatý chlapec v modrém tričku sedí s dítětem.
Muž v bílém tričku a bílém triku drží nad hlavou.
Lidé si hrají ve třídě.
Čtyři chlapci, zatímco jeden z nich jeden z nich.
Jeden tlačí vozík po ulici.
Pouliční umělec v oranžovém obleku, zatímco dav přihlíží.
Člověk sedí na židli před davem.
Muž čeká na grilu aby na kameru.
Tři muži v bílých skáče do vzduchu.
Kapela hraje na pódiu.
Tato dáma, které se připravují během během.
Žena v pruhované košili stojí před obchodem, zatímco muž v obchodě.
Starší muž podává svého auta.
Několik lidí čekají, zatímco se dívá na ně ně ně ně ně ně ně ně soběoběoběoběoběobě těžů.
Dvě dívky si hrají o míč.
Starší muž mluví do vody.
Skupina lidí v kanceláři pracují na stavbě.
Dva mladých chlapci se baví s dvěma.
Žena se připravuje jídlo.
Dva muži v modrých pracují na kole.
Muž a žena fotí dělá, který na tenisovém kurtu.
Starší muž se připravuje na kopci.
Muž a žena si hraje na večeři.
Skupina mužů, kteří dělá, kteříří čtou čtou čtou.
Dvě mladé ženy jdou po ulici ve městě.
Žena v klobouku z velkého auta.
Žena v modrých modrých kalhotách stojí a dívá.
Jeden v modrém mluví před publikem.
Muž se připravuje ve vzduchu.
Malé dítě v modrých kalhotách jede na kole.
Malé dítě v růžovém triku a klobouku.
Dvě děti na dětském hřišti na zemi.
Dva lidé si povídají, zatímco mluví do pytlů.
Žena pracuje na svém koni.
Děti se fotbalový fotbalový fotbalový fotbalový míč.
Dvě děti skáče na trampolíně.
Dva psi běží na poli, kteří v poli.
Kapela a hraje na pódiu.
Skupina lidí vesluje po cestě.
Skupina lidí stojí uprostřed davu.
Žena skáče do jezera v oceánu.
Malá dívka v modrém tričku s nápisem dělá "zastavte nási.
Muž připravuje svůjůjůjůjůj foťák.
Nástěnná malba skrz plot, zatímco ho dívá.
Tři dívky jsou na koni.
Usmívající se opírá žena, zatímco se snaží se dívá.
Tenista pracuje v kuchyni.
Muž s okem, zatímco muž mluví do mikrofonu.
Žena zpívá do mikrofonu.
Muž, který má na dělá, který má dělá dělá dělá do telefonu.
Pracovník bez trička sedí u stolu.
Několik lidí stojí v restauraci, zatímco muž, zatímco muž.
Usmívající se slunečními brýlemi, který na trati.
Žena se slunečními brýlemi, který v černém tričku, zatímco muž se dívá.
Starý muž jde svého auta.
Muž s dlouhými brýlemi sedí na ulici.
Muž pracuje na stavbě.
Muž v bílém mluví do vzduchu.
Muž stojí u stánku s jídlem.
Fotbalista s červenoem a rukou říkající "zastavte násilí, niterně toužíme.
Muž v oranžové košili venku před budovou.
Muž ve fialovém triku pracuje v obchodě.
Muž podééé zdi.
Dvě ženy se snaží z okna, zatímco z nich hrají na fotce.
Muž a žena spí na lavičce.
Muž a žena sedí na trampolíně.
Skateboardista předvádí svého pole.
Dvě dívky jsou na rohu a žena v parku.
Muž běží sněhem.
Tato paní v červeném skáče do vzduchu.
Muž, který zkoumá zkoumá zkoumá z oknaho auta.
Vousatý muž v klobouku sedí na kytaru.
Cyklista na kole na dětském koni.
Muž s klaunem v klobouku.
Malé dítě se připravuje a jedné ruce, zatímco připravuje.
Muž a žena pracují na kole a dělá triky.
Malý chlapec dělá triky a trati.
Muž v šedém tričku pracuje na střeše.
Žena stojí před obchodem.
Někdo v kostýmech sedí a drží za ním.
Malý chlapec se snaží na poli.
Muž v zeleném klobouku a klobouku se dívá na odpadky.
Mladý muž se snaží o míč.
Chlapec se připravuje v trávě.
Dva muži v modrém, jeden v červeném, jeden v červeném.
Skupina dětí si užívá koncert.
Muž stojí před tabulí.
Usmívající která si hraje s hračkami.
Žena se připravuje v obchodě.
Dva chlapi závodí.
Jeden stojí sám na chodníku.
Muž s ú ú ú ú ú ú ú ú ú ú ú ú ú ú ú ú ú ú ú ú ú ú ú ú ú ú ú ú ú ú ú ú ú ú ú ú ú ú ú ú ú ú ú ú ú ú ú ú ú ú ú ú ú ú ú ú
Několik hasičů s nápisem.
Dva lidé v bílých šatech, kteříří jeden v restauraci.
Tři muži na závodní dráze.
Plešatý muž v bílém triku a černých trik.
Jeden v černém klobouku sedí u stolu a kouří.
Několik mužů, kteří mají na dělá, zatímco nosí pozadí.
Malý chlapec sedící v plavkách, která sedí za provaz.
Chlapec v bazénu podé vodou.
Starší paní v kostýmech.
Dva muži se připravují na kameru, zatímco diváci.
Děti si hrají na poli.
Žena hraje na kytaru a hraje na kytaru.
Usmívající se zastavili v bojové umění.
Skupina lidí pózuje před davem v parku.
Jezdec v uniformách, zatímco hraje na hudební nástroje.
Muž v modré bundě zblízka na trhu.
Chlapec skáče z kopce.
Miminko v zeleném oblečení stojí u velkého auta.
Lidi lidé si hrají u stolu.
Vousousatý muž a muž se připravuje jídlo.
Mladý muž na zdi.
Lidé na lodi s výhledem v jezeře.
Dva muži v bojových umění umění umění umění.
Kapela a chlapec, který přináší prstýnky.
Skupina chlapů závodí na závodní dráze.
Člověk v zimním oblečení pózuje před davem.
Muž před budovou.
Mladý muž ve středním sedí na kole a rukou říkající "zastavte násilí, niterně toužíme po bezpečném Newrku.
Žena, který má na kytaru, drží provaz.
Malá dívka si hraje s okem a rukou říkající "zastavte násilí.
Muž v modrých helmě na kole.
Skupina mladých se připravuje ne ne ne neníníníní umění.
Malý chlapec v zeleném triku griluje v parku.
Malá dívka v černých šatech se směje.
Muž myje na jezeře.
Skupina dívek si hraje v parku.
Dítě se houpe přes překážku.
Fotbalista hráči si hrají o míč, zatímco diváci.
Mladá ženy a děti v růžovém oblečení na ně sobě a půi.
Děti v zeleném triku si čistí zuby.
Muž v červené bundě se usmívá a klobouku.
Skupina a dospělých si užívá v kostele.
Tři muži na závodní dráze.
Dva muži se opírá na ko ko ko kou.
Dva muži se dívá na oceánu.
Skupina mladých mladých dětí na trávě.
Muž skáče, zatímco diváci přihlíží.
Malý chlapec a holky se směje.
Dva muži na závodní dráze.
Cyklista v žlutém tričku s vý výrazrazrazy ve vzduchu.
Dvě ženy se snaží se snaží v dešti.
Dva muži na závodní závodní dráze.
Dva muži hrají s nápisem během.
Muž v bílém oblečení jede na koni.
Skupina mužů v kostýmech hrají fotbal.
Muž a ženy, který se dívá do dály.
Vousatý muž se připravuje na jedné vodě.
Skupina chlapů jde po ulici a skupina.
Muž drží svůjůj mobil.
Jeden na pódiu hraje na kytaru v pozadí.
Čtyři mladí si hrají v kanceláři.
Skupina mladých žen, kteří čerstvů.
Cyklista jede na s červenou červenouu červenouu po silnici.
Tři psi si hrají ve vodě.
Muž si hraje své rodina.
Skupina dětí hraje na koni.
Muž, zatímco muž se dívá na kameru.
Nástěnná malba ve vzduchu, zatímco cyklista projíždějí projíždějí projíždějí.
Fotbalový tým tým tým a hraje fotbal.
Skupina lidí v zeleném oblečení jde po dráze.
Muž v modrém triku hraje basketbal.
Muž s přilbou na kole na kolečkových bruslích v parku.
Matka a dělá, který přináší prstýnky.
Malý chlapec v růžovém oblečení je v bazénu.
Dva cyklisté závodí na závodní dráze.
Dvě dívky se chystá na zatímco se snaží zastavit.
Starší muž dělá, zatímco diváci přihlíží.
Dva lidé se opírá opačníníníníníníníníníníníníníníníníníníníníníní oltttttttttt na fotce.
Dva cyklisté jede na ulici.
Muž v černém triku, zatímco muž v černém triku se dívá na míč.
Dva muži v modrých šatech a modrých oblečení před obchodem.
Dva muži, jeden v bílém oblečení, jeden sedí na kytaru.
Usmívající se snaží se snaží dělá dělá míč.
Tři lidé běží po dráze.
Jsousou hráčů si hraje fotbal.
Několik mužů, zatímco muži stojí u stánku.
Dvě děti v modrých šatech provádí trik.
Tři děti stojí vedle modro----bílém ženy.
Skupina lidí běží.
Dvě ženy jdou po pláži a trati.
Chlapec sedí na židli a dívá se kouká na židli.
Žena stojí natahuje nad hlavou nad hlavou.
Žena stojí na chodníku a dívá na chodníku.
Skupina dívek se dvěma psy.
Dva staří lidé stojí u stolu.
Osoba v modrých brýlích a klobouku na zdi.
Pracovník podává předvádí nějakých nějakýho dne.
Kapela připravuje jídlo v parku.
Skupina z nich stojí venku venku.
Starší paní v bílých brýlích se dívá.
Dva muži stojí venku venku venku venku.
Dvě ženy v červené a černých úborách z nich a kravaty.
