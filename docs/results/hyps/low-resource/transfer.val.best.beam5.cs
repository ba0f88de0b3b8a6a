Skupina mužů vykuje dopu.
Muž spí v zeleném triku na gauči.
Chlapec v cháchchchchodi sedí na ně.
Dva muži projejejem rybářskou ledu na jezeře.
Plešatý muž v červené bundě sedí v malé lodi.
Žena v červeném kabátě, drží kartáta, která drží říkající "zátavky, niterně.
Hnědý pes běží pohlíně.
Mladý chlapec má na sobě neonovky v dreských baseballu.
Muž v pádáládádádádí zapu.
Žena se usmívá na kole.
Malé dítě stojí u s chádádátky.
Člověk na sněhu skáče ve sněhu.
Tři mladé děti stojí kolem modrou a bílého obkovku.
Žena sedí u svůj náskem a opírátáta.
Žena si hraje na housle.
Tři lidé na bílých trikách a dva bílých krárárádárárárárárárají po trávě.
Vozztel spí na židli na lavičce.
Skupina lidí stojí před abyem.
Mladá žena vylézuje v dešti.
Tři dívky na obličeje, jeden má na rohu ulice, zatímco má na rušné ulici.
Muž v černém triku stojí na rušnémářském vybavení.
Žena a muž jde po dřevěné oblasti, vedle reklamy.
Muž v kráru, zatímco skáče, zatímco žongl.
Asijský dívka v zeleném klobouku a drží konku.
Dva dělníci stojí na sobě krátku.
Dva psi si hrají v oranžového trávě.
Dítě pomáhá dítě se dívá na malé dítě.
Tři muži jdou po silnici na cestě.
Člověk se protahuje z velkého vody.
Krádázzzzuje bahnititititu.
Mladá dívka běží u u sebe v parku.
Člověk, kteří při ulici a vydádádačuje na ulici.
Dítě si hraje na hřišti, zhrniku.
Člověk v červeném tričku s nápisem komoláže leží na zdi.
Skupina lidí se snaží v obleku a muž v obleku a chlapec.
Žena sedí u tahu.
Lidé jdou po chodníku, kteří jsou venku, kteří venku na trhu.
Muž s modrou batohem čte knihu, zatímco čte knihu.
Velká pes spravuje obličeji vedádádádí.
Blonďatá chlapec v modrém tričku stojí ve vodě a usmívá se se se se zahrádádáze.
Mladý muž zametá sránem.
Člověk se chystá na hlíže po dráze.
Kapela hraje na kameni aby.
Starší muž jde povám hnědého psa.
Muž jede na vojeje nástros.
Mladý dospělých v červeném triku a černých trikách mají ve výstrádáko.
Mladý chlapec vylézuje v páděné vodě.
Dvě ženy s dlouhými vlasy se baví a jeden si si povídají si.
Krádovník v kostýmu je před reklamou.
Pes jde skrz malém potodce v puse.
Tři malé psi vykuje něco na něco.
Dva muži jedou na kole podél řeky s kapeu.
Dvě dívky jdou po ulici.
Skupina dětí sedí ve vodě a dívá na zadádádádáku.
Vojisté se dívají na říkota v přísu.
Dvě drráráru v veřejném poli, drží ně na nákoládádádádádádál.
Muž v restauraci si povídají si si aby.
Muž v obleku a ruce a rukou se za ruce.
Muž v černém obleku surfuje na vlně.
Žena s růžovém tričku sedí na lavičce.
Tři ženy se usmívá a sedí na pláži.
Červené auto táhne přes lodi, který stojí přes provaze.
Muž v chodu leze na zdi.
Dva dělníci pracujícící na sádádádádí na městském prostoru.
Žena v červeném oblečení jde kolem bílého velkém stromů.
Žena v modrém klobouku a modrom oblečení skáče ve třídě, skáče skoláta.
Muž v bílých oblečení, zatímco stojí na kole, zatímco plaveckými.
Miminko se dívá na kartoládě.
Ovoc se připravuje na projektu.
Dva malí chlapci si hrají s plastádou chy a povídají.
Šepyvačanující se dívá na stovky, zatímco lidé.
Dva lidé lezou po stěně s provazy.
Muž a žena vlně na pláži.
Dítě dělá trik na trampolíně.
Děti jedou na krujích.
Dva lidé drží velkými "zastavededovedovky, kteří a říkolicicicicicicicicici, niterky, niterky, niterně v New Yorku.
Dva muži v baseballu hrají baseball.
Žena v černém šatech tlačí vozík, zatímco tlačí vozík po chodníku sklárádou.
Několik hasičů zastástě na silnici.
Muž stojí na molu blízko lodi vedle jezeře.
Skupina skllállluje zdce.
Žena a dítě sedí na sobě, kteří sedí u dveří, po chodníku a tři ženy, zatímco jdou po chodníku.
Několik hasičů vykládává o ohem.
Člověk s fialovém triku maluje kolem krárátazem.
Malá dívka leží na podlaze a druhý dospělým, zatímco horru.
Mladá žena a žena, kteří mají tradičním oblečení protazázují krárárárárárárárávky, kteříčují k k och.
Ženy jde ve sněhu a cu.
Teneneneneneneneneneneneneneneneneneneneneneneneneneneneneneneneneneneneneneneneneneneneneneneneneneneneni 
Hnědý pes má na sobě bílé kru.
Hnědobílý pes běží po rampě po rampě.
Dítě se připravuje na grilu.
Starší Jasačský muž se snaží krádáráru aby.
Mladé dítě a žena stojí kolem krátek.
Dítě oblečený oblečený oblečený v říkožongládádají po dveří svou řídou.
Muž oblečený v hnědém drží zapalu.
Mladá žena stojí na mikrofonu, zatímco drží za ním.
Tento malé děti do dáráru v ně.
Mnoho lidí si užívá na židlích s výhledem a lidí si horře.
Několik mužů sedí na lodi poblíž pláže a kládádě.
Mladý muž nesoucícícící v černého odpadky.
Starší muž přesta, který má kartásky, zatímco vykovky, zatímco mají přes koše.
Muži v žlutém oblečení na pódiu, zatímco jeden si hraje na řík.
Několik lidí stojí vedle stromů.
Hnědý pes se houpe po velkémýru.
Několik lidí pózuje na fotku ve vodě.
Skupina dětí si hrají ve vodě.
Žena se usmívá vedle muž, který se směje, zatímco drží kru.
Dvě ženy stojí před tříkovce a povídají.
Dvě bruneta ženy si povídají u obvěda.
Člověk v klobouku a klobouku se dívá se na dopu.
Dva lidé jdou po ulici.
Starý muž drží psa, zatímco druhý pes, zatímco druhý pes na zádech.
Tři děti se dívají na pódiu.
Chlapec, který fotí do závodu.
Tento modré jede v bahněné bahnitu.
Žena v černém klobouku fotí aby, zatímco horádí na sněhu.
Muž sedí na zemi a hraje na kytaru.
Pes běží po mělní oblasti po měláděné vodě.
Mladá žena skáče ve vzduchu ve městě.
Tří muž hraje na pódiu.
Čtyři lidé demonstrukuje diiváci uvědici.
Muž surfuje na chodicici v černém grilu.
Muž v červeném čepici se opírá okem se opírá o okem.
Mladý chlapec ve žlutém triku se snaží z nich.
Malé dítě jí jídlo a jí prozádiní přídici.
Jeden muž a dva ženy, kteří jdou po ulici.
Dva plavci běží po sněhu.
Malá družička v kostýmu obříkovky, zatímco má na koni.
Muž v bílém lodi na jezeře.
Lyžaři před třídici.
Lidi fotí horu, zatímco horře.
Několik lidí plave ve vodě.
Ženy na pláži si hrají na pláži na skládádádádou.
Muž a žena sedí na sebe u stolu v restauraci.
Matka a dva děti pózují s obličeji.
Rolátleskál plave v červeném puse s hračkou.
Čtyři muži stojí u žluté.
Skupina mužů, která a žen, kteří mají na pláži, kteří mají na pláži, které se baví na pláže.
Malý kluk se houpe na sobě krátátky.
Malá dívka sládáláláší prsledky, a příkající "zastavky, niterásu.
Pes drží tenisový míč v puse na pláži.
Muž v červeném tričku stojí s dvěmaženým.
Muž se dívá na s nápoje a mluví do baru.
Kapela si hraje na venkovním.
Dvě ženy se usmívá na akci.
Žena v růžovém tričku ukazuje s pruhovanýmým trikem, aby si krátačkami.
Dítě sedí na skládě.
Muž sedí na židli s ženou za ruce aby zavědádádádou.
Policista v uniformách v uniformě má své hrnině.
Tento muž ve městě a říkoláských vojenky blízko červeného autobusu.
Černý pes se brodádí do vody.
Kapela hraje hudbu na pódiu.
Tři lidé si hrají na hudební nástroj, zatímco jeden se dívají, a jeden si si si se na ně.
Muž si hraje na slu do mikrofonu.
Mladý chlapec skáče ve vodě.
Žena, která čte knihu, zatímco sedí na gauči a drží nápoje.
Čtyři dělníci pracují na projektu.
Muž se sládí sedí na pláži.
Blonďatá žena v modrém triku, která má na sobě čepici.
Dva muži, kteří jsou u stolu, zatímco žena stojí zahrátou.
Mladý blonďatý muž mluví do mikrofonu.
Krádádí muž v tričku, který má nakovuje skoládádádáveveve.
Pes se krátky se dívá na kameru.
Skupina mladých lidí hraje na pódiu.
Tři psi si hrají ve sněhu.
Muž a žena, která se baví vedle stromu.
Pes skáče ve žlutém a černo-bílý míč.
Starší paní v šedém a červeném svetru je jídlo na jí jídlo.
Žena v bundě venku, zatímco se sněhem.
Žena, který nese tři žena, zatímco drem zatímco tříkovky.
Dítě stojí u houpa u provaz a drží sátku.
Krádádý vlasy na skateboardu po rampy.
Muž se brodí na stolu běží po zemi.
Skupina lidí v lodi na velkém rybářskou vody.
Muž v žlutém triku stojí ve vodě a kouří.
Žena v modrém triku a džínách si prohlíží od od odzku.
Žena v masu a maskou vlasy a vlasy se na chádádici.
Člověk se zdaháládě na vlně na vlně.
Muži v modrých uniformách sedí na autobusu.
Rolátka se snaží zdotu.
Muž sllálává muž, zatímco hraje fotbal.
Fotbalista v červeném a černo-bílém oblečení mluví.
Dvě dívky sedí u zdi a dívají na akci.
Muž na bílých uniformách zavávuje bílých ruky na fotbalového fotbalového míče.
Tenenenenenenenenenento týmy a červené čepici.
Chlapec v černém oblečení dělá vozík po pláži.
Tici pózují na fotku.
Muž v zeleném triku drží něčečečeru, která je na silnici.
Pět konnnnnů hraje na kapele.
Tři ženy sedí na dece a dívají se se na zemi a povídají si si si si si si.
Muž a chlapec sedí v a chlapec, zatímco drží žonglky, zatímco drží ně.
Muž se slunečními brýlemi pomáhá dítě na hlavě.
Pes běží po trávě.
Dívka s culívky, aby při míče se dívá na poli.
Dva muži zápasí na žlutém a modré podlaze a modrém.
Dívka v červeném tričku a modrém tričku se snaží k míč.
Muž pracuje na své ruce.
Hnědý pes běží po písku.
Člověk vesluje na lodi ve vodě.
Muž v červené košili a modro-bílém tričku sedí na někukuku.
Muž se opírá z bíléhovoce.
Dva muži v molují třímářici na venkovním trhu.
Muž a chlapec si hrají se psem na pláži.
Dítě do vzduchu s drem svou v pozadí.
Tento muž v bílé čepici.
Žena táhne po obličej a kouří, brokládí.
Batole v džínové bundě hraje na sobě sobě vestu.
Dav lidí stojí před ulici před bílého třím.
Pouliční lidí jdou kolem lidí.
Tenvlasá žena v modrém tričku s brýlemi s brýlemi a brýlemi drží říkoládádádádky.
Robác plátka pluje pod papíru.
Kovboj se snaží kráráru v rodeu.
Nevěsta a přídici se připravují na pádce.
Dva diiváci vědiiváváci říkají věstěstěskystěstěstěstěny pod och
Muž pracuje na závodní dráze na projektu.
Několik stavební dělníci jsou na betonu v betonu.
Kapela hraje na chodníku.
Muži v oranžových oblecích se dívá na římížky, aby si prohlíží závodu.
Mladééé drárů jdou po poli.
Vousatý pes běží po bahně.
Muž a žena jdou po ulici.
Muž vykládá v pádádině pracující na letu.
Dvě děti v žluté bundě si hrají v bahně.
Tito lidé stojí přestaských bru.
Žena a chlapec si užívá na židli.
Skupina lidí stojí na zemi aby.
Mladá dívka plave v bazénu.
Chlapec v oranžovém tričku se usmívá, zatímco dívka v modrém triku se dívá na modrém triku, zatímco dívá.
Malá dívka stojí ve vodě.
Malá blond dívka drží ně.
Několik lidí se snaží na kolech v parku.
Krárý pes z vody.
Pes běží po poli s míčem v puse.
Skupina lidí, kteří čekají zahrádádá na sádádádádádádáva.
Dítě v červeném tričku vylézuje zatázku.
hrátel se snaží zdítaženýhohohohom sádátky.
Chlapec se usmívá na kameru.
Dvě děti bez trikách sedí na krajinu.
Muž táhne táhne v modrém svetru leží na brádátky v buben.
Starý muž jde skláda v puse.
Rovčá žena, která stojí kolem starších muž stojí u baru.
Mladý chlapec skáče z bazénu.
Malé dítě se houpe na červeném baseballu.
Muž mluví do mobilu před obchodem.
Dvě Šicicicičečečečečeky.
Žena v modrém triku hraje na hudební nástroj.
Tento v rušné oblasti je ve městě.
Muž sedí v měláděné vodě.
Pár lidí fotí fotku a přídádíři.
Čtyři lidé se lidé dívají na ulici v pozadí.
Několik lidí sárárádádávající v parku.
Kluk dělá trik na skateboardu na s prsku.
Muž na pláži.
Vousatý pes honí za hnědého psa.
Muži v bílých oblečení drží ruce.
Žena, který se pokouší chytá míče, aby chytila míči v týmem.
Černý pes stojí v trávě.
Lidé na lodi a příděládádě ve vodě.
Prodavační po cestě se opírá o o o o o o okem.
Tři lidé sedí venku u stolu se opírá o stolu se opírá omi.
Bílý žena a muž jde po ulici.
Muž v bílém triku maluje městskou ulicí.
Hnědovlasý pes a černý pes vykkákovaném stromu.
Muž v červeném a červeném drží obličeji.
Dva chlapci si hrají hru s karty.
Dva muži čekají v autě, zatímco se dívá na tříkovky, zatímco se z ně.
Chlapec jede na houpačce.
Černý muž sleduje muže v černém hraje na vodopádem.
Člověk s červenou batohem vykládáduje zdávky.
Asiatka a zelenina U Králenina U Kru, kteří na maléme, kteří jsou.
Velký lidí stojí s velkými budovem v pozadí.
Tři ženy v bílých trikách, kteří sedí na rohu ulice a konverzují.
Muž v bílém triku prodádádádí.
Člověk s bílých vlasy a dlouhými vlasy se dívá na pláži.
Muž se dívá na chodníku a kouří.
Muž v černém triku a hnědých kalhotách drží hromoku.
Muž s maskou obličeje žena v brýlích s brýlemi.
Jedna dítě jde po hlavě.
Mladá dívka si vydádádádádádají za ní.
Malé dítě oblečený v růžovém oblečení, zatímco se směje, zatímco se má zem.
Nátáná žena s krátkými vlasy.
Fotbalista v zeleném triku běží po poli.
Dívka vykající psa přes psa.
Několik dětí skládají ruce, zatímco sedí ve třídě, zatímco sedí v pozadí.
Prodavatavatavač stojí u velkém lodi na velkém hřišti.
Dvě bílý pes, bílé pes skáče, aby chytil frisbee.
Muž v šedém triku, která leží na sobě, zatímco.
Černý pes skáče skrz vodou a drží vodou, zatímco drží s hlavou.
Dva psi běží po stezce a projektu.
Čtyři lidé v bílých oblečení stojí venku před pytlůchů.
Lidi se připravující a vyvětavky v poušti.
Čtyři psi si hrají v bílých třídině a druhý pes chodí.
Muž v uniformě mluví do vzduchu.
Skupina mladých lidí na farnnnnni jí aby odhrádádádázem.
Plalalahuje v bazénu.
Žena v bílém tričku ažongluje na gauči.
Jeden muž dělá svůj papíry vedle malé dívky.
Dívka v bílém triku se baví v pozadí.
Klukci a dívky se zdovni na poli a usmívá se se se se na poli.
Dítě v oranžovém tričku skáče z skupiny, zatímco ho ostatní děti.
Kluk dělá trik na skateboardu.
Muž se zastavili, a pracující na stůl svou.
Matka sedí u stolu u stolu a jí.
Čtyři děti, kteří nese obličej a čeká, a čeká, aby po ulici a čeká, a dívají na město.
Muž s drem je s náládáládálem.
Plalalalahují velkém oblečení, zatímcoco jeden má na sobě říkozázázázázázázázázázázázázázávníznízávníznízují
Pes na travnatém poli se dívá na poli.
Žena a malé dítě si povídají si si si se baví.
Několik dětí sedí na ně aby.
Malý pes setřásá ohrádá okem a ohrnilí.
Dva muži maluje městskou budovy, zatímco jdou kolem za ruce.
Několik mužů se dívá na počítači v kanceláři v obchodě.
Dvě žena připravuje na kameru.
Blonďatá žena v hnědém klobouku drží hnědého krávky na kameru.
Hnědobílý pes běží po trávě.
Teenager si čte knihu v obchodě a dívá se se na stole.
Dvě malé dívky jdou po řece.
Žena vykládádádádádá na hlavě, drží květiny.
Žena vykláduje kráru, který má na sobě vestu.
Dvě ženy s provazem jde po ulici.
Čtyři ženy v kostýmech se baví.
Tato Asiatá žena, kteří sedí aby na říkoláláládáta a ze ze ze ze ze ze zeme.
Holka v černém puse hraje na pláži.
Muž v brýlích a malé bundě s drem v bazénu.
Tři děti v trikách a kalhotách skáče na zemi.
Žena táhne děllálálálky.
Člověk nese mnoho pytlů.
Dítě poblíž modré, které je na pódiu.
Kluk stojí v nábrániný zbitititu.
Tento dítě je v Tenenenenenenenenenenenenenenenenenena, který je ze ze ze ze zeme.
Muž do vzduchu.
Děti jsou z okna z okna budovy s červenou hračkou.
Dokovcené nástěnici sedí na trávě a brýlemi sedí na trávě.
Žena a její děti na pláži skáče do vzduchu a žena skáče do vzduchu.
Pár mužů jde po veřejném městě.
Muž dělá trik na kole v parku.
Muž v chám oblečení stojí na rohu ulice, zatímco nosí dici.
Žena v žlutém triku a brýlích jde po chodníku.
Dvě ženy se dívají na stavbě.
Dva černí psi se ochodi na travnatém poli.
Lidi lidé oblečený v bílých oblečení, kteří mají že aby, kteří aby, kteří aby.
Skupina lidí jí v restauraci.
Žena v černém triku, který se snaží krásu, aby mohli krárásu.
Zástěnka sedí a dětí, kteří a dětí, kteří se zelenými hnědou.
Muž a žena pózují po ulici.
Dva psi běží ve sněhu.
Malý pes skáče na ulici.
Muž v černém triku hraje na že.
Kluk a muž se baví s mužem.
Dívka v bílém triku a černých šortkách hraje na hlavě.
Dva muži stojí na ulici ve městě.
Chlapec v tričku a šortkách, která drží horázem.
Člověk visí z okna v oceánu.
Dvě chodici sedí na koni, kteří v ocháta, zatímco drží ně, jeden má na větačně.
Pes běží po sněhu.
Několik lidí před skupinou lidí pózuje před skupinou.
Hnědovlasý pes a černý pes leží na ulici.
Dvě ná dívky drží kartovkysky, aby se dívá zvovodky.
Matka a usmívá se se se usmívá se se na sla.
Muž v černém triku je v něládáládádici v kuchyni.
Žena v bílém hraje na kytaru.
Snowboardista skáče do vzduchu vedle kru.
Několik lidí stojí v místnosti.
Muž v klobouku si hraje na akordeon vedle příkolku.
Muž s kakuje okna, poblíž vozkyslu poblíž vozu.
Žena v bílém triku a černých kalhotách pro skupinou lidí se dívá.
Starší muž se z nich z nich.
Dva muži v červených dresu předvádí umění.
Mladé dítě jede na s bahně.
Dítě v klobouku a klobouku běží venku na krajinu.
Dítě sedí na svůj kykykyky.
Dva staří muži v brýlích pracující venku ve stínu.
Dva chlapci jsou stani na kameru.
Rová žena v černém klečí s velkýmikající aby, který je kolem skupinou diváků.
Dva muži se připravují na projektu.
Žena, který nosí Taženýmamaských tříkoládky, který má na ně.
Cyklista dělá trik ve vzduchu.
Mladý muž v zeleném triku čte noviny na pláži.
Muž v zeleném bundě se usmívá.
Muž leze na zdi s oranžovou.
Mladý muž jede na kole, aby po ulici.
Dva psi zápasí na travnatém kopci.
Člověk v červené bundě jde před budovou.
Afričan sedí na barevném oblečení sádádádádádou.
Dva chlapci ve vzduchu, zatímco drží basketbal.
Muž v brýlích se dívá do mikrofonu.
Dítě v zeleném triku drží tenisovým míčkem.
Muž s batohem na něco něco něco něco něco něco římím.
Skupina lidí si hrají v ru.
Skupina mladých mužů jde do kopce.
Muž táhne pozuje vozík.
Tři velký psi si užívá ve sněhu ve sněhu.
Hudebka probíhá ve vodě.
Skupina mužů sedí na venkovním náměstí aby.
Bílé auto jede na zasněženém poli.
Skupina dětí, kteří jsou na hudební nástroje a hrají na hudební nástroje.
Skupina lidí sedí u stolu a jí grilu.
Žena v zeleném triku si čte projektu.
Mladé lidé jsou venku.
Rozzzní hráči v modrém oblečení hrají na poli.
Žena a dva chlapci se dívá na náru.
Skupina lidí běží maraton.
Dvě ženy stojí s batohem v lesem.
Lidé stojí před som před som, aby, kteří aby, kteří aby na ně ně ně, niterně.
Mladý cyklisté se dívá na kameru.
Dvě mladé dívky v růžovém příděládá sedí před velkouho dne.
Žena a dítě jede na třídě.
Muž se usmívá s okem na nádádádádáku na skádádádě.
Ulice s děniničkami.
Dva muži v Šinii, jeden stojí na jedna, jeden má větky, jeden, a jeden z nich si.
Malý pes běží na trávě.
Krárolezem lidí.
Snowboardista dělá trik.
Asiatka v krádádárně tlačí náskyky.
Žena v modrém triku jede na kole.
Žena v bílém oblečení skáče, aby chytil míč.
Mladá žena dělají krávky.
Nevěsta a dici se baví, zatímco stojí, zatímco stojí kolem.
Žena drží černo-bílý pes.
Chlapec v červeném triku se snaží na kytaru.
Mladý pár se snaží z novodky se snaží ohrky.
Tři starší ženy v baloláláských místnosti, nikající "GO "zzzastásu."
Bílý pes skáče přes psa a míčkem.
Krádě v barevném oblečení jede na sobě býka.
Děti, kteří oblečené ve vodě.
Hnědovlasý pes skáče do tenisovým míčkem v tlamě.
Skupina lidí v modrých trikách tričkách na akci.
Tenisté v modrém triku a modrém triku a modrém tričku.
Dvě malé dívky v modrých šatech se směje.
Malá dívka v růžovém oblečení, kteří tančí s maskou.
Dva lidé běží na pláži.
Skupina žen ve formálním oblečení obsaských obrovky a oblečení.
Cyklista dělá ve sněhu.
Několik lidí jde vedle bílého říkovce.
Žena stojí na zdi a fotí.
Žena, kteří nosí bílé triko, a šortkách, a bílých krátky, až si prohlíží ně.
Člověk jede na kole.
Malá dránici sedí v černém, která sedí na sobě říkolánici.
Dva tiiiici hrají na okovce.
Batole v tričku s hadici a chlapec si hraje v červeném triku si hraje skko.
Asijský chlapec na kole dělá triky.
Starý muž v černé bundě se dívá na stolu.
Muž v modrém triku jde s ženou v červeném.
Žena se zatázátátáta z nich v pozadí.
Mladá dívka v helmě s přilbou jde po stromem.
Černý pes skáče přes bahnitu.
Chlapec v modrém, který hraje fotbal, aby při míč.
Krátkazkazuje z kopce na dráze.
Muž běží zatám.
Kluk s diváci běží popadky v parku.
Malýbílý pes běží po chodníku.
Dvě děti si užívá obličeji a žena v věta a žena.
Skupina mužů na tříkuje zravky.
Černý pes si hraje na poli.
Několik lidí si užívá maskou v obchodě.
Bílý pes s hnědými hnědou skáče z vody.
Horolezec fotí fotografy.
Malá dívka v šatech si hraje s tenisovým míčkem u plotu.
Muž oblečený v boxu.
Skupina mladých lidí pózuje do vzduchu na pláži.
Žena drží housle
Tentosavazuje za studeního dne.
Muž v šedém triku dělá trik na skateboardu.
Tři muži jde vedle reklamy.
Malá dívka stojí na travnatém poli.
Kluk ve žlutém šatech a maskou krádárádále.
Muž a žena si hrají venku.
Malá dívka v šatech a šortkách běží po trávě.
Žena s fialovém vlasy a muž v kakola.
Lidi tančí a tančí na svou ruce.
Muž se dívá na krádě, zatímco jdou pozdě.
Muž v bílém tričku a modro-bílém triku si hraje u žluté košili.
Velká lidí se dívá na pódiu.
Tento auto táhne po stezce, kteří jsou po závodní dráze.
Skupina lidí stojí venku a mluví venku.
Vousatý muž v pruhované košili, který má na hlavě, zatímco sedí na hlavě.
Kluk se připravuje k horu.
Cyklista jede na kole vedle sněhem.
Dvěvlasý pří se houpe vlasy na mokovné oceánu.
Chlapec a muž v rodeu stojí v rodeu.
Malá dívka se usmívá a její se usmívá, zatímco pózují před třík.
Muž v modrém jede na kole.
Člověk táhne děluje sráru skrz míru.
Baska stojí za pusem.
Dva cyklisté jsou na ulici, kteří protahují říkolního dne.
Skupina hudebníchodů se připravují na hudbu.
Dva lidé hrají volejbal v bazénu.
Usmívající je na rohu ulice s výhledem na říkobáko.
Mladý chlapec vykluje malé chlapec na jeho chlapec.
Žena používá velkou foťákem, zatímco stojí na ulici.
Dívka v červené čepici a červené čepici.
Žena s cigare na obličeje, zatímco drží sklárásem.
Rozzzzní skupiny lidí se snaží z nichtavnizátavky na skupiny.
Muž v modrém triku jede na žonglky, zatímco dici.
Malé dítě si hraje ve vodě.
Čtyři děti si hrají na řída, zatímcoco se dívá na ně.
Muž drží se usmívá, zatímco se opírá okem a opírá o zeď.
Žena s dvěmahou jedna z nich, která drží říkládky, drží větky, drží ně.
Muži se připravujícící zápasu.
Dvě dívky jedí jídlo a jeden z nich na obličeji.
Žena si užívá na sobě helmě na malé dívka.
Dav je venku, jak se dívá na bahně.
Kluk v oranžovém hraje s dvěmaženým míčkem.
Mladá blondé dívka stojí na hlavě smama rukama a usmívá se se se se na hlavě.
Muž zpívá do mikrofonu a drží kytaru.
Muž s tříklálající "zastavky, který drží skajícímímímíme.
Muž v zeleném a žena se protahají žena do černém.
Muž fotící fotku a druhý muž se dvěma psy na travnatém kopci.
Muž dělá projektu.
Velký pes běží po trávě.
Klalalalalalařové něněněže postěže.
Žena jede na kole po cestě, zatímco nosí dáránině, které je po ulici.
Černý pes skáče přes vody aby chytil frisbee.
Muž v černé bundě a černé čepici hraje na trumpetu.
Muž v zeleném snowboardu na lavičce.
Affrá muž sedí venku u stolu u stolu v restauraci.
Tři muži v oblecích si užívá za ruce.
Malý pes stojí v restauraci stojí na skoládátky aby si se snaží ztky.
Muž se klouže po ruce.
Muž s provaze na pláži a dívka v klobouku na pláži.
Lidi jdou na chodníku před autobusu před reklamou.
Velká pes skáče ve fontáně, zatímco muž stojí v černém tričku, zatímco nosí černé vestu a černé vestu.
Muž na sobě lodi drží provaz.
Dva muži jsou na sobě jedna jedna jedna se snaží z jezera.
Muž stojí na lešením pod nim.
Prodavač sedící v brýlích se opírá och brýlích na rohu ulice v obchodě.
Dva lidé s bílých trikách jde po chodníku a mluví do telefonu.
Malá dívka s pruhovanýmoládou běží pohlíky.
Artka stojí venku.
Dvě Asiata, která a chlapec stojí na zdi vedle stromu.
Lidi ve městě se připravují na autobusu.
Dva týmy v růžovém, kteří a jeden si hrají na poli.
Žena v žluté bundě drží míru.
Černý pes plave ve vodě s tenisovým míčkem v tlamě.
Tři muži jedou v modrých trikách.
Muž na veřejném poli se opírá okem aby na střeše.
Muž v modrém triku vykovuje na trumpetu.
Pracovník na sobě kovovou projektu v obchodě, zatímco drží své své řík.
Mnoho lidí stojí u bílých deštník.
Žena ve středním oblečení obrádádovuje obdádá.
Pouliční jsou ochchchují na stolu na stolu.
Tři muži stojí u nákupním vozíky.
Dokovník stojí na poli a stojí u pudu.
Muž v červeném s bílýchpřelou stojí před obchodem.
Muž se dívá na jedna dřídivánici.
Dva lidé jedou po cestě na prašné cestě.
Malá dráráčerka drží obličeji, zatímco nese popávky.
Dítě, který je na kraji jezera, zatímco se dívá na jezeře.
Pár mladých chlapců hraje na kytaru.
Muž v bílém triku a kalhotách se opírá křídádádky na stromu.
Dva chlapci se připravují na malé děti se dvěma malé děti z nich na pláži.
Starý muž oblečený v nem oblečení, drží kopce, zatímco drží horu.
Tři lidé stojí na pláži a čeká u vody.
Muž v žlutém tričku stojí před malémoláního posku.
Dítě vykláduje kru v hrnině.
Dvě ženy v růžovém tričku a modrém triku a modrých džínách a modrých džínách.
Kráskazkazuje kru na velkém koni.
Velký pes ve sněhu ve sněhu.
Muž fotí fotografo.
Žena v krárárároji obrádárárárádá žena v modrém triku.
Lidi demonstrukovují ochodi ve městě a je po ulici.
Dvě mladé dívky si hrají basketbal v bílých bílých bílých bílých dresech, zatímco se snaží v červeném.
Žena vrtáru dělá vozík z písku.
Muž s hnědo-bílém triku a černé čepici hraje na výstru.
Žena s dlouhými vlasy pije z hadinici.
Mladý chlapec leží na nemolce sko.
Dva muži ve středním věku ve středním oblečení svých vybavení.
Volý pes si užívá zuby.
Starší muž vfáráru a žena dopávce.
Muž má na sněhu za slunečného dne.
Mladá dívka se snaží ztekek.
Žena s černými vlasy, který má na sobě sobě krádádádádádádáta a černých krátátátátátátátátát
Muž tlačí vozík na kole posu.
Dva psi leží ve sněhu s obědou.
Roládá žena, která čistí obličeje oblávky v místnosti.
Dva hokejisté se připravující zahrnem, a ohrnem u věta.
Voláři kontroluje projektu.
Skupina lidí tančí v klubu.
Dvě děti čekají, a dívají se se na slovce.
Mladý dospělýk v džínách a modrém tričku si hraje na kytaru.
Člověk v žlutém tričku, která je na veřejném prostředí.
Vovnícici v jezeře, zatímco sedí u jezera.
Dav lidí na městském městě a kouří s omevky.
Pes na skládí ve sněhu ve sněhu ve sněhu ve sněhu ve sněhu.
Skupina nástěni v přemovní oblasti.
Rozzzba s černo-bílém oblečení má říkoládádáko.
Chlapec s dlouhými vlasy se zdahátaženýmý chlapec z nich.
Vozzázeccka a chlapec si prohlíží hlavou.
Tento pár se dívá na budově.
Plalavce a divániváci se opírá okem v modrém oblečení se opírá okem se opírá otáčí.
Dva muži jsou zabádou v místnosti.
Muži a ženy čekají na grilu zajdí.
Děti se baví a hovoří v třídici.
Muž zpívá do mikrofonu a hraje do mikrofonu.
Několik chlapec hraje na davu.
Starší žena v modrém klobouku sedí na chodníku a vykádádazem vedle hlavou.
Dělník v černém triku a džínách a džínech leží na kolech.
Tenenento v bílém tričku si užívá v restauraci.
Blonďatá muž v černé bundě s bílých závodu.
Dívka vestěnici sráni, která má říkovky, zatímco drží ně, zatímco je v kuchyni, zatímco, zatímco, zatímco je.
Art pracuje na letu.
Muž v modré bundě se na skládádádádádádátky.
Tento tříkoluje telenem.
Dva lidé si hrají hru.
Několik dívky si hrají s nem.
Malá dívka si hraje na hudební nástroj a zpívá do mikrofonu.
Muž si hraje kranky a Tasiici na své počítačii.
Muž, který se dívá, aby chytila na zemi leží před kru.
Zástěnka v studeeeeeeníchchch žen jde po sněhu v místnosti.
Skupina lidí v oranžovéch trikách a černých trikách hraje na sobě vesty.
Žena vykopuje v červené bundě projíždějí přestky.
Skupina lidí běží maraton v zimním oblečení.
Žena a chlapec se objímají na pódiu.
Černý cyklisté v kostýmu na telefonu, zatímco dva muži se dívá do telefonu.
Malá dívka jde po chodníku.
Asijský muž v hnědéhomolně mluví do venkovní akci.
Dvě děti tančí na tanec.
Gymnastkaka na fotku a pádádádádádádádádádádí.
Myyyymodi hraje na venkovním koncert.
Muž a žena sedí na lavičce, zatímco čekají u lodi.
Na ulici má diváci ve městě.
Několik lidí se baví a povídají v místnosti.
Skupina hudebníci hraje na ulici.
Tenento muž se snaží k krátahy, aby chytila kru.
Dvě děti si hrají na hřišti.
Muž sedí na dveří před obchodem.
Muž na mobilu v obleku jde po rušné ulici.
Muž v bílém klobouku a klobouku ukazuje jídlo na rušné ulici.
Žena stojí v zeleném a směje a směje.
Starší Asiatka oblečená žena v brýlích a brýlích se slunečních brýlích se slunečních brýlích a brýlemi.
Lidi lidé jdou po schodech a druhý člověk, zatímco procházejí kolem muže.
Muž a žena, která kontroluje po zemi, zatímco leží na velkém svahu.
Dva lidé se dívají v něněněněně.
Muž s batohem sedí na prašné cestě a prodává hrnině.
Dva muži sedí u pádě.
Žena v žlutém bundě se za ním.
Muž v bundě mluví do telefonu.
Kluk v zeleném triku na kole na hrnikoluje kak.
Malá dívka vylézuje přes zdi.
Mladý muž něco něco něco něco něco obsluhy.
Starý muž sedí svou na zádech.
Asijský muž v kšiltovce a klobouku stojí u cihlové zdi.
Tři muži mluví před budovou.
Černé lidé u stánku s jídlem.
Muž a dva děti přechází ulici.
Muž v oblecích a kouří, zatímco čte knihu.
Skupina lidí hraje na kytaru.
Pes skáče do vzduchu, aby chytil frisbee.
Několik lidí stojí na v metru.
Ti tři děti jsou vodi.
Dva lidé stojí před budovou.
Starší žena používá nákupním deštníkem, aby zahrádá.
Ten baseballový hráči se perou o bládáta.
Dvě ženy v modrých oblecích sedí na dřevěné oblasti a sedí venku zavědádádou.
Dva muži stojí venku před parku.
Muž v modrém triku drží říkolý "zastavky, niterky.
Žena v zeleném triku jde po rušné ulici.
Dvě ženy sedí v projektu a čeká na projektu.
Dav lidí usssssských umění.
Mladý chlapec drží modro-bílém, a žena, který jde vedle kartátek.
Mnoho lidí se dívají na dva muži se dívají na hudební nástroj a drží nápoje.
Muž v černém triku a bílém triku fotí kolem nápoje.
Dva lidé sedí na lavičce svou řídádádou.
Dítě drží foťák, která drží kameru na kameru na kameru na kameru.
Muž tlačí ulicí.
Muž drží mikrofonu.
Dva muži jsou u zdi pokryté graffiti.
Dívka s oranžovou a oranžovou stojí na party.
Člověk stojí vedle dřevěný plotem s výhledem.
Rová žena sádádá na sobě červeném oblečení skovátátátádádálí.
Dělník stojící venku před obchodem protavního dne.
Muž sedí u velkém oblečení a modrém se zahrádádá za ním.
Mladý fotbalový hráči, kteří mají tři hráči tři hráči a tři míč.
Muž drží dítě na kole, zatímco lidé jdou po něžky a lidé.
Muž v zástěře stojí před pouličního stánku sm.
Pouliční umělecský žena v růžovém kabátech a náráráráráráráráráráže.
Několik hasičů v bílém oblečení a bílých oblečení mají řídádádádátky.
Bílý paní v modrém tričku jede na skateboardu.
Žena sedí na veřejné lavičce.
Skupina lidí sedí u stolu a povídají si.
Malá druži dívka běží po ulici.
Žena a dětí přechází ulici.
Ženy v kostýmech jdou spolu spolu spolu.
Žena mluví s mladále, který mluví přesltá.
Žena vykuje svůj svůj své jídlo v parku.
Pracovníci zápasí s jeho ruce se do vzduchu, zatímco se dívá do vzduchu, zatímco se do vzduchu.
Muž v černém triku zpívá do mikrofonu.
Dva mladí muži v modrých džínách a říže po ulici.
Dvě dívky si hrají na stromem.
Žena s mladá žena s nápojem před budovou.
Muž a žena jde po stezce po cestě protahají po cestě.
Tři ženy běží po písku na písku a vy vodě.
Miminko sedí na modré kru.
Dva muži se dívají na něco na stole, zatímco jeden z nich na stolem řík.
Stará nánáná muž nesoucí muže, nese červený červený červený kak.
Muž v šedém tričku a černých tričku na sobě bundu a černých šortkách mluví do telefonu.
Žena drží chlapec, zatímco se dívá přes ulici.
Krárádá žena, který ukazuje, a žena, zatímco žena krátek.
Muž, který vykládádádí žena provky.
Muž v bílém pásině brýlích a drží obličej.
Muž jde po chodníku vedle chodníku.
Muž, který má krám oblečení drží za ruce a drží hlavou.
Během tomář, která sedí na chodicich.
Muž a žena v černém stojí u ulici.
Lidi tříkoládiiiiii tříkovují terererereriiici.
Dívka a chlapec si hraje na dřevěné lavičce.
Muž v brýlích vylézuje z bazénu.
Jee mladá žena v zeleném a žluté šatech se zelenýmikolá na obličeji.
Motorkář jede na rampě ve městě.
Dvě ženy oblečené v bílém a bílých trikách jdou po ulici.
Muž vfěládě jde kolem aby zda.
Blonďatý muž stojí v černém tričku stojí v metru a drží hrniku.
Dva muži sedí venku u nápoje a konverzují.
Žena v červené šatech stojí s červenými vlasy, která stojí před říkovkoume.
Žena jede na srádě v uniformách.
Žena v černé šatech a černých hrninii a hrnině jde po ulici.
Několik lidí v budově s lidmi s jídlem.
Lidi se snaží jídlo z balovedníhoho odhrnikovce.
Ulice po ulici s velkými pod velkými budovy.
Dívka v modrých plavkách sedí na kraji cestě.
Muž v nemoláských tříkolce se svým přáteli.
Žena, která je utáta usssstě.
Muž v modré bundě jde do cihlové budovy.
Žena v růžovém tričku táhne tlačí své vozík.
Člověk s modrou vlasy stojí za velkými lidí.
Skupina pástěnici drží za ruce a drží za slunečného pláže po pláži.
Muž v bílém triku hraje na ulici.
Několik lidí jde po cestě, v řím oblečení po cestě.
Dva lidé v chládálániné ch oblečení sedí na židlích ve formálním prostředí.
Černý muž v kšiltovce a klobouku sedí v autobusu.
Muž vylézuje zvky.
Muž v obleku a kravatě mluví dopravce na pódiu.
Muž ustěnul na gauči.
Pět mužů v bílých bundě stojí poblíž bílých oblečení stojí blízko mísetoni.
Dvě vodě, jeden jedna jedna bílých bílých bílých bílých říkají po vodě a jeden z vody.
Skupina lidí se dívají z okna.
Lidé na ulici ve městě.
Dvě dívky a diváci drží s deštníkem, drží deštník.
Žena v bílém drží farm.
Mladá žena v oděvu, kteří mají obřída a nosí jezera.
Muž a žena jde po schodech a dívá na autobusu.
Čtyři muži v tričku a šortkách se dívají na rohu ulice, zatímco se na rohu ulice.
Několik mužů stojí na sádou ulici s výhledemem.
Během toho, který sedí před bílých vlasy, který sedí před bílých vlasy.
Muž bez trička dělá trik na skateboardu v parku.
Muž, který má na zdi a červené zdi.
Dva muži v tříkoláských třísiiiiici.
Žena v fialovém oblečení a bílých krádálejích.
Člověk jede na bahně.
Žena v žlutém triku a provaz, který jde v městské po ulici.
Muž v pracovním oblečení prozázázuje rybu.
Afrických žen sedí u stolu v růžovém a dlouhými vlasy.
Muž na židli na chodníku se dívá na chodníku a dívá na chodníku.
Dva muži, jeden o jídlo, zatímco povídají si a konverzují.
Muž a žena se objímají na ulici.
Mnoho lidí v týmy v bílém uniformě se baví.
Mnoho lidí se dívají se se na něco se se dívá do objektivu.
Pár sedí na lavičce, zatímco žena mluví do pozadí.
Dvě ženy v kostýmech jdou po chodníku.
Skupina dívek si hrají ve fontáně.
Lidé surfuje a páděládádádě na chodníku.
Plešatý muž v červeném brýlích s brýlemi stojí před zelené budovy.
Blonďatý chlapec s modrou a modrém tričku stojí na pláži.
Pár a dva dívky se dívají přes zábradlí o o o o ozá.
Lidi v obchodě, aby si užívá.
Žena leží na sobě kráru v kru.
Žena stojí vedle dva lidé usu a dívá se se na ně.
Pár jde v obchodě a jí v obchodě a jí jídlo.
Muž, který sedí na židli na židli.
Muž z okna, který je do dálky.
Muž jede na kovovou kovovou za dřevěný ruce.
Muž v bílém tričku sedí v bílém tričku a černém klobouku sedí na chodníku.
Chlapec v černém triku drží provaz, zatímco stojí v bílém triku, zatímco nosí bílých muži v bílém.
Mladá žena s červenou žena s červenou deštníky drží dánivánem, drží bílých deštník.
Muž drží malé dítě, který má dítě na hlavě.
Mladý muž na bazénu za bazénu, kdyže na říkláláláže.
Dívka sedí svou ruce a ruce se na klíně.
Dívka v černém tričku s řížonglátky, aby mohli, kteří tančí.
Chlapec a žena v černém obleku stojí v pozadí s dlouhými vlasy stojí v pozadí.
Muž a žena tlačí kočárky, kteří jdou kolem krávky, kteří jsou.
Žena v pruhovaným s pruhovaným tříkající protky.
Pracovník v oranžových vestě a oranžovou jede na farrm.
Asiatka sedí venku před farmářrmář.
Muž se připravuje své místnosti, zatímco jí za slunečného dne.
Cyklista jede po cestě.
Mladá žena s hnědými vlasy a vlasy fotí kameru.
Člověk leží na lavičce před vody a chlapec, který si užívá.
Mladý muž jde u pláži vedle modré bundu, který má na pláži.
Skupina lidí se snaží z nich na balonu.
Tenenenenenento muž otáčí na protahu.
Dítě na rampy jede po rampy.
Několik mužů, kteří se připravuje na lodi.
Muž v kšiltovce a klobouku sedí na silnici a brýlích.
Lidi jdou po ulici před budovou.
Muž v šedém triku sedí na stůl.
Muž v bílém tričku pracuje venku.
Žena v černém triku se dívá do telefonu.
Mladá žena v růžovém tričku se snaží zatázátávky na rodeu.
rodinka stojí venku na hrnem.
Malé dítě sedí v dánici aby si hraje v kuchyni.
Děti se dívající zahádahají za studiiicí.
Muž a žena, která drží papíry.
Žena pracuje na své nádině, aby z nich.
Starší muž v modrém, která sedí na lavičce a sedí na ulici.
Žena fotí s foťákem.
Starší muž v modrých džínách a hnědými si užívá zatá budovy.
Muž, který má na hlavě, kdyžongluje z nich.
Dvě ženy sedí na lavičce před obchodem.
Muž v bílém triku sedí na ně.
Starší muž s cyklista a cyklista a cyklistů vykládádá na ulici.
Muž sedí u stěny na břehu
Starší muž sedí venku na lavičce před velkými "GO "zastako"."
Muž na kole v šedém bundě nese žkykyky.
Chlapec s brýlemi v modrém triku stojí ve stínu.
Dva muži jdou po cestě.
Matka v modrém tričku a modrém se zelenými brýlemi a nohama.
Dva psi si hrají v modrém.
Muž v bílých oděvu, která sedí na sobě černé motorce.
Muž se naklání před žlutého zdi.
Roláčí, kteří, kteří jsou nástěni, kteří ná ná ochy, které jsou ná ná ná ná ná ná mě
Blonďatá chlapec v modrém triku sedí s brýlemi.
Muž v bílém triku a bílém tričku vykládádáduje na sobě bílých šatech, který drží ně.
Lidé si hrají ve fontáně.
Čtyři chlapci pózují, zatímco dva chlapec se z nich.
Jedna žena drží ulici a drží své kykykykyky.
Pouliční umělec v oranžovém obleku jede na žongláže, zatímco se dívá na ně.
Člověk sedí na židli před davem.
Muž čeká na kru, aby chytili.
Tři muži v bílém triku skáčou do vzduchu.
Několik chlapec dělá pódiu v davu.
Kruslalalavník dělá provedníhohohovky, zatímco projed.
Žena v pruhovaným triku, které stojí v obchodě, zatímco stojí v obchodě.
Auto vestěsná násnásnástěží v autěnem.
Několik lidí, čekají, aby mohli nástěnem, zatímco se dívá na ně.
Dvě dívky si hrají fotbal.
Starší muž něco něco něco něco něco z okna.
Několik lidí pracují v tělocvičně.
Dvě mladé chlapci se baví.
Žena se připravující se protavky zvávky.
Dva muži v šortkách pracují na kole.
Muž a žena, který vykuje na kolečkovýchu.
Tento muž otezuje na dece, které je ve sněhu s výhledem po sněhu.
Muž a žena si užívá ve sněhu.
Smyvační popadky, aby po skupiny, kteří jsou svoutátátádou.
Dva mladíci jdou po ulici ve městě.
Žena v restauraci, která pije zhrnikovku.
Žena v modrých uniformách stojí a dívá se se na ně.
Jeden muž v šortkách mluví do modrou a druhý muž v džínách.
Několik hasičá dítě na dětském hřišti.
Mladý cyklisté v modrém je do vzduchu, zatímco ho ho horře.
Malé dítě v růžovém klobouku sedí a leží na židli a leží.
Dvě děti na bráděláládáláluje na zemi.
Dva lidé si povídají u červené telefonu, zatímco nosí dici.
Zádátka pracuje na projektu.
Děti honí fotbalový míč.
Dvě děti skáče na lavičkách a nosí trampolíně.
Dva psi běží na poli se dívá na frisbee.
Bělista hraje na kytaru v pozadí.
Tento lidí je skrz cestě ve sněhu.
Skupina lidí stojí blízko malé děti ve městě.
Žena vykluje do vzduchu v lese.
Malá blondé dívka s nápisem "zastavuje "zdu řík.
Dvě mladé muž s mladýmoládá si čistí zuby.
Cyklista probíhá vzduchem, zatímco ho ho horáda, zatímco se dívá na provaz.
Tři dívky jedou na kole s výhledem.
Zádádá žena, která má vlasy, které se drží nátátátátátátátátátátky vlasy
Policista pracující v kuchyni.
Muž vytátky, zatímco žena vytavuje sklátavatky.
Žena zpívá do mikrofonu, zatímco hraje v pozadí hraje na pozadí.
Muž v klobouku je za ruce, aby mohli obrájeje v fialovém oblečení.
Dělník s měládádádává stromu.
Několik lidí stojí venku, zatímco jeden je venku, který je v hnědému.
Cyklista jedou s brýlemi se slunečnímimimimi brýlemi s brýlemi na skládádátky.
Žena v modrém triku a modrém tričku, který se snaží krátavky, zatímco se dívá na černé košili, a kouří.
Starý muž, který jde po zemi a žena, který jde po kameru.
Muž s maskou vlasy, která sedí na ulici, a žena sedí na ulici.
Muž pracuje na stavbě.
Muž je ve středním dreme a červenou míčkem.
Muž stojí na mobilu, který se dívá na stoládádádě.
Hokejista s červené bundě a bílé kalhoty kalhotách se snaží krátam.
Muž v oranžových brýlích stojí venku.
Muž v fialovém triku pracuje v nemobru.
Muž jde kolem malé malé malé děti v parku.
Dvě ženy, kteří jsou zatánina, kteří jsou kru na festivalu.
Muž a žena spí na lavičce.
Muž a žena sedí na lavičce před obchodem.
Rozzzzzzzka čeká vedle své terereru.
Dvě dívky pracují u stolu a pracují na projektu.
Muž běží sněhem s sněhu s sněhu.
Ja v červeném obleku skáče do vzduchu.
Muž táhne na něco, zatímco horu.
Vousatý muž v modré bundě sedí na mímím.
Muž na skateboardu, který používá přes bazénu na rampy na rampy.
Muž s velkými čepicí s konici.
Násezekovní dítě, jedí lakovky, a modrém je kru.
Muž a žena pracují na kole postoru.
Mladý chlapec ukazují své hnědého a vykládky.
Muž v šedém triku pracuje na dřevěném něněže, aby na dřevěné oblasti, aby zvětek.
Žena stojí před budovou a usmívá a usmívá.
Někdo v kostýmech sedí a drží sádádádádí.
Mladý hráči se připravuje na poli.
Muž v zelené oblasti jde po silnici a horádádádaženýhoho auta.
Mladý muž se připravují na fotbalový míč.
Voláže se připravuje své odpadátu.
Dva muži, jeden v modrém a jeden je v červeném, kteří je v červeném oblečení.
Skupina přáteli se zdátahátátahají po vodě a užívá si.
Muž stojí před mikrofonu.
Brusususlačka na sobě oblečení.
Žena vydádáluje z okna obchodem.
Dva cyklisté závodí na sobě kru, a jeden z nich.
Muž stojí u stěni na chodníku.
Muž se pokouší okem, která dělá říkotky, zatímco se broko.
Několik dráránici ve sněhu.
Dva lidé, kteří oblečené v modrém, kteří jsou ochou říkovky, kteří v parku.
Tři muži na koni během závodu.
Tento muž se opírá muž v bílé trikách a černých kalhotách má na chodníku.
Muž, který má v džínách, která sedí v pozadí sedí u městě.
Jasační dělníci stojí na sobě kovových reklamy na velkém hřišti, protazázázázázázázníznízáznízníznízníznízníznízáznízníznízníznízní
Mladý chlapec vfráko sedí na říkoláně.
Kluk v pádáluje v bazénu.
Ormářskýme mužů v obchodě.
Dva sportovci se připravují protavky, zatímco se dívá na skupiny.
Děti hrají fotbal na poli.
Žena zpívá a hraje na kytaru před mikrofonu.
Dvě děti jsou v bojové umění.
Skupina lidí hraje v oranžové trikách před budovou.
Teenager v uniformách, kteří jsou v uniformách, zatímco hrají na hudební nástroje.
Muž se zvedoládádás z okna v modrém oblečení.
Kluk skáče do vzduchu s okokobou.
Miminko plave v puse a chlapec, stojí vedle bazénu.
Tito lidí se shromážděni u stolu a povídají.
Vousatý muž bezousatý muž a starší žena s jídlem.
Mladý muž skateboarduje na betonu.
Lidi jedou na jezeře svou horou do dálky.
Dva muži v bojových bojových umění pro bojových umění.
Chlapec a zem, jeden náší žel na námím námímím ně kráží.
Skupina terererererererererů závodí na dráze.
Člověk v zimním oblečení pózuje ve sněhu.
Muž připravuje před obchodem.
Tento muž ve středním věku sedí na stole, zatímco jeden sedí na zemi, zatímco leží na zemi.
Muž, který má na pódiu drží pódiu.
Malá dívka si hraje storoji v obráděládky a tři kráru.
Muž v modré bundě na kole dopravce.
Skupina mladých lidí se snaží natátátu dopávky vích.
Mladý chlapec v zeleném žonglluje své ně.
Malá dívka v šatech se dívá dopravky a žena se dívá na v černém šatech se na černém.
Muž vykluje na lodi poblíž vodě.
Tento hráči závodí ve městě.
Snowboardista se ztátátátu.
Fotbalový fotbalový zápas, dva se snaží zatahy, jak se snaží z balovky, aby si ně.
Mladé ženy a děti jsou v noci, se na kameru.
Zádáta v zeleném triku si čistí zuby, zatímco říkolátaženýmo.
Muž v kole a červené bundě běží v červeném.
Usmívající a její sesici jdou po skupiny v kostele.
Tři muži zápasí v závodu.
Dva muži plálují, zatímco řídáládádí na cementu.
Vozisté se dívá na hoře.
Skupina mladých chlapců závodí na zasněženém svahu.
Muž skáče za provaz, zatímco lidí, zatímco lidé.
Mladý chlapec a žena se baví spolu spolu se směje.
Dva muži vykládují tým na fotbalového míč.
Cyklista v žlutém tričku tlačí triky ve vzduchu.
Dvě ženy se nádáládáni, jeden z nich větrek.
Dva muži zápasí na kolejí, kteří v závodní dráze.
Dva muži zápasí s basketbalými týmem během zápasy.
Muž jede na sobě bundu a černé bundě jede na velkém koni.
Skupina mužů v kostýmu hraje hudbu.
Muž a žena se dívá skrz hromovné náských tříkovníchů.
Klalalalalalalalalalalař závodí na kmenu.
Skupina drrnů jde po cestě s dvěmahy a dvěmahami.
Muž drží festivalu a čte se usmívá na kameru.
Muž na pódiu, který hraje na pódiu s pozadí.
Čtyři mladé děti si hrají stěnici.
Skupina dělníkělníků sedí u kráru kráru.
Krádě jede na velkém krásné cestě, zatímco horolezem po cestě.
Tři psi si hrají ve vodě.
Muž si hraje na buben a chlapec si hraje si kvědky.
Skupina dívek si hrají hru na koni.
Muž se dívajícícící žena, zatímco se dívá na hrnicici.
Jezdec na kole vykkláských diiiváci se snaží z balovky.
Tenotbalový hráči a hráči třídí si užívá ně.
Skupina lidí ve fialovém triku a černých kalhotách jde pošky.
Muž v modrých triku hraje na trumpetu.
Muž s modré bundě na skateboardu v parku.
Matka a drěládě v příkolásině pózují na fotce.
Malý chlapec používá obru, aby zaná dráru.
Dva cyklisté závodí na kole.
Dívka, který vydáluje, zatímco dívka, zatímco se dívá, zatímco se aby si, zatímco přijde řada.
Vebrář pracuje, zatímco pracující, zatímco zatímco drží projektu.
Dva lidé jsou na trávě, zatímco zatímco horádádádáládí.
Dva cyklisté jedou po ulici, zatímco lidé si povídají.
Muž bowlingové bowlingové bowlingové muž ve vzduchu, zatímco drží bowlingu.
Dva muži v černé oblečení s potrem.
Dva muži, jeden bílých bílý a jeden si hrají na kytaru a hraje na kytaru.
Klalalalalavazuje na kole na obličejikovné obličeji.
Tři lidé běží po dráze.
Robalisté se snaží v okože aby.
Několik mužů stojí u stolu, zatímco stojí u stolu a jídlo.
Dvě Indický děti ve formálním oblečení protahu.
Tři děti stojí u sebe u dřevěnéhověvěvěvěvěvěvěs.
Skupina lidí běží.
Dvě ženy jdou po pláži a nese po pláži.
Kluk sedí na kameni a dívá se se na slém.
Žena stojí na snowboardu na útesu, zatímco se dívá přes vodou.
Žena stojí na chodníku a dívá se na chodníku.
Skupina přáteli tři žen se baví vu.
Dva testici stojí u tururu.
Člověk v modrých džínách a modrém svetru se opírá z okna zdi.
Rovci předvádí cicicicici během dne během dne.
Vousatý muž z kru, který má krumíru.
Skupina hasičů stojí venku před autobusu.
Starší žena v bílém se dívá do dopravky a usmívá se se se se dívá se se se skrz.
Dva muži stojí u kravky.
Dvě ženy v červeném a červené tříkolátahuje zrátek.
