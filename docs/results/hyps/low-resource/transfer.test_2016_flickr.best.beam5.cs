Muž v oranžovém klobouku něco něco na něco něco něco něco něco.
Kroládolici běží na travnatém trávě.
Dívka v uniformách s drem oblečení se prochází před pádouží.
Pět lidí v zimních bundě a helmách stojí ve sněhu.
Lidé na střeše.
Muž v kancelářím oblečení ukazuje kolem skupiny a žena, kteří stojí v pozadí a černých oblečení.
Skupina lidí stojí před obchodem.
Kluk v červeném dresu se snaží z okna, aby chytila do vzduchu.
Muž pracuje na budově.
Muž v vestě sedí na židli a drží knihu.
Matka a syna si užívá den za slunečného dne.
Muži hrají baseball s míčem, a jeden si větkysledky v ně.
Žena drží mobil v kuchyni.
Muž sedí u stolu u stolu v obchodě.
Tři lidé sedí v pódě.
Dívka v modrých šatech jde po chodníku po hrnině.
Blonďatá muž drží ruce v písku.
Žena v šedém svetru a černé čepici stojí ve stínu.
Člověk v pruhovaným triku leze po horole.
Dva muži jsou krádáda a žena se dívá na.
Lidé stojí venku před budovou.
Teenager si hraje na poli.
Žena dělá na trampolíně.
Muž stojí u u skupiny.
Žena používá kráru, zatímco muž fotí.
Žena v růžovém svetru a drží náskoum.
Muž ostostostostluje z stromů.
Skupina Asiatů jí jídlo na grilu.
Ženy v tradičním oblečení, kteří mají tradičním oblečení.
Jeden muž drží muže, který se dívá, a druhý muž se na obličeje kru aby na obličeji.
Několik lidí jede na kole skrz tříkovaném dráru.
Dvě blonďaté dívky sedí na projektu.
Dítě se cá ve vodě.
Tři lidé sedí u stolu u stolu a říkoládáta.
Dva chlapci stojí na molu v obleku.
Roládá žena, která je za ruce, zatímco je na ulici, zatímco je na rohu ulice, zatímco je v trhu.
Žena si hraje na tříkolce.
Krátahy v uniformách, zatímco se dívá na námímímímímateně za ní.
Mladá žena se dívá do dopra.
Muž bez trika stojí v šortkách, zatímco stojí na kamenech.
Dívka v bezpečnostních brýlích plave ve vodě.
Muž v uniformách a modrém triku stojí před velkouho horu.
Lidi sedí venku.
Dítě se houpe na hlavě se svým lesem v lese.
Muž v červeném tričku, zatímco vyklládádas.
Dva muži v plavkách skáčou do vzduchu na kru do vzduchu na kru.
Batole se dívá s ženou.
Otetetetec a dva děti se objímají venku před krárátavce na trávě.
Muž připravuje jídlo na tu.
Muž v džínách si hraje na pláži.
Lidé jdou kolem chodníku vedle obchodem.
Rozzzník dělá karty, aby chytil frisbee.
Velká lidí na ulici.
Muž na ve městě ve vodě ve vodě.
Žena v džínách jde kolem autobusem sádádátaženým s brýlemi.
Muž v růžovém tričku sedí na trávě a míčkem v trávě.
Auto jede na pláži.
Dva muži v černém ve městě.
Muž ve žlutém triku se snaží zddovky.
Dva muži v bílých trikách jdou popadky a procházejí kolem vody.
Šťastná tým dělá na židlích na židlích na židlích.
Kluk si hraje s dítětem, zatímco dospělým zatímco dívka se dívá na třík.
Dav lidí se připravují na veřejném parku.
Muž sedí na lavičce a drží psa se dívá do vody a dívá na vody.
Chlapec a dospělýmumumumumu si hrají na hřišti.
Žena v modrém se dívá v něné římíže, zatímco sedí na lavičce, zatímco sedí za dřevěnou.
Hnědý pes stojí na písku.
Žena sedí s velkými lidmi v jedné oblasti.
Muž griluje na pláži.
Žena zpívá v klubu s nápisem "zastem.
Tererererererererererererererererererererererer hráči v červeném obleku.
Dítě sedí na trávě a dívá se se na kameru.
Dvě ženy a tři muži se dívá na oceánu.
Usmívající souličnímerem hraje na ulici, zatímco žena se dívá na kytaru, zatímco žena se na kytaru.
Mladá dívka plave v bazénu.
Několik dětí se připravují venku, a dívají se se se se na ně.
Tři teenagerů v metru a hrají v metru.
Hnědý pes jde po trávě svou po trávníku.
Lidi sedí venku na trávě, zatímco čekají venku, zatímco mají přesta.
Muž bez trička se dívá do dálky a žena, zatímco žena sedí před kru.
Dva mladí chlapci si užívá jídlo na kole.
Muž v černém tričku, který má na sobě džínách a šortkách hraje na žekuku.
Mladá žena na sobě krárárárátka na zdi.
Dvě nástěniný hráči z nich má říkajícího přískysky, kteřík.
Muž vykluje z okna, zatímco je v kuchyni.
Chlapec je do vzduchu na jezeře.
Muž pracující na ně.
Velká skupina lidí sedí u stolu a je venku.
Blonďatá žena vylézuje na grilu.
Malé dítě v modrém a bílém tričku se opírá ovená oltu.
Žena s růžovém vlasy mluví do černém mluví do mikrofonu.
Muž v Japononických obleku se připravuje na dva lidé.
Holka dívka běží podél řeky, aby z vody.
Dělník s maskou v obchodě klečí vedle žen.
Starší muž o otetetetetes a jeho náseženě se dívá.
Dítě v bílém oblečení protahají provce.
Tři muži v zimních plastých trikách se objímají.
Žena leze na fotku zatímco dítě v růžovém klobouku, zatímco drží obličej.
Skupina Asiatů sedí venku u přídikách a modrém sedí na židlích v modrých židlích.
Mladý chlapec v uniformách v uniformách drží říkovkyky.
Šťastná žena, která se připravuje na hrniny.
Pracovník jede na projektu.
Žena běží po dráze, aby chytila, zatímco se brokolita, aby chytila.
Muž v uniformách pracuje v uniformách, a druhý člověk na nějakém trhu.
Skupina lidí leze po stude.
Snowboardista, aby chytila, který je hoře na vysokém kole.
Muž dělá s batohem na židli z okem.
Dítě sedí u stolu u stolu a drží papíru.
Hnědý pes se z jezera na jezeře, aby se snaží z jezera.
Matka u své svůj malé kluci skaládádádou ve vodě.
Malé dítě jde vedle červeného kyky.
Dívka sedí na kole, zatímco dívka se dívá na kole s dítětem.
Černý pes se snaží míč.
Muž v bílém triku a modrém tričku vykkovuje kak.
Dva Afričani se baví do dálky.
Kluk s okem a rukou říkající si si si užívá v obchodě a nohama.
Dva tříkláže lidí na mělálálové oceánu.
Lidi stojí na smědě, aby z okna z okna.
Voládá muž s okem.
Dva psi běží po sněhu.
Jedna pár předvádí malé kapele na pódiu.
Miminko v příkovce se dívá na kameru.
Muž sedí vedle skoládádí.
Tento paní se opírá otahně se smějí a směje.
Lidi v budově, fotí fotku.
Čtyři psi s bílých psi skáčou přes zdi.
Žena v modrém triku drží dítě.
Dva lidé sedí na sobě s pruhovaným pláži ve vodě.
Stará žena pracujícící na obko.
Chlapec stojí na krajidě, zatímco dva lidé v písku.
Muž v modré bundě s mladýmýrákuje mladýmýk.
Tři psi skáče v modrém.
Chlapec visí z okna z okna od odtorásku.
Muž v šedém triku skáče přes písku z písku.
Dítě v žlutém triku skáče do vzduchu.
Dělník ve žlutém bundě je na kakolátátátáta v budově.
Muž v diváváváváváváci prochentádiici, a mladáci si povídají.
Skupina hasičů táhne vozík s korádádádárádí na koru.
Muž vykluje z útesu nad oceánu.
Muž v černém jde ve sněhu ve sněhu.
Tixyyysici skáče po míč.
Policista v kovbojským oblečení a usmívá se se se usmívá, zatímco drží venku.
Rozzztavazuje v parku.
Muž v zeleném čepici a žluté čepici konnstruk.
Dítě s hnědými vlasy na hlavě je obklopenizátátátky.
Pes skládou "zastavásem podél řeky.
Muž se připravuje své konního dne.
Muž v červeném tričku, aby si povídají si si si.
Mladá žena v bílém drží míč.
Kluk v červeném tričku má na písku v písku skoládou.
Nebáchch bundě sedí na dřevěné lavičce na dřevěné lavičce.
Muž v bílém triku se dívá z okna konstruk.
Žena drží malého som.
Rovci bez trika si hrají ve vodě a cuu.
Dva lidé jedou na kole po horu.
Dívka skáče na provaz na chodníku vedle konku.
Muž v oranžovém triku a helmách.
Malý chlapec si hraje s konkem aby, jak se dívá z nich.
Malá dívka zavěvěvěvěvěvěvěvěvěvěšky.
Žena v modrých baloluje kameru před dvou žen.
Malá dívka se snaží kru, aby chytilu.
Hnědý pes běží po stezce v lese.
Dva psi si hrají u strom.
Rovce v černé bundě a černých kalhotách jde po schodech aby po chodníku.
Dva muži v zeleném se připravuje jídlo v restauraci.
Muž oblečený v černé čepici a černé klobouku jde kolem obrádahy.
Pes běží venku s žluté hračkou.
Pes ve sněhu běží ve sněhu.
rodina hraje na pláži s psem.
Žena a dítě si prohlíží dítě, zatímco vykkládky, zatímco horádou.
Dva muži a žena stojí venku.
Skupina mužů používá kládas, který tlačí vodu z vody.
Muž vylézádádádí ozuje z papíry, zatímco čte knihu.
Muž v černém a černém hraje na poli.
Mladý chlapec v modrém tričku a šortkách hraje fotbal.
Muž stojí na betonu za dřevěný náskem za ním.
Pes se prochází venku na trávě.
Dvě ženy v tílku se dívá na kameru.
Muž sedí v židli na židli a vydádavky odpadky.
Malé dítě, který má na sobě bundu, který má bahně.
Muž vykláduje kakovky.
Muž sedí u stolu s konkem aby na skoládádádádádádádádádádádáláládálál
Chlapec v černém triku a modrém tričku drží červené tenis.
Tento muž v brýlích a brýlích sedí na trávě.
Pes běží na dráze.
Bělálský muž smým býkem skaluje skající "zastahu.
Dvě třík se opírá o ohrádí se baví.
Tento lidí stojí u skupiny.
Hnědobílý pes se honí hračku.
Muž s bílých vlasy hraje na projektu.
Žena s hnědými vlasy sedí na lavičce a je venku na autobusu.
Muž vedle kole, který si hraje na flét.
Dvě děti se houpe na provaze a drží provaz.
Muž jede na kole provádí trik na kole.
Mladá žena s fialovém oblečení si čte knihu.
Žena v hnědé košili sedí na sobě modrou lavičce.
Pes jde po kládě přes malé vodě.
Mladý muž v bílém tričku a černých šortkách stojí na sobě bundu a šortkách.
Skupina lidí stojí u deštníky.
Muž slalažím se zatáninačuje na svém kolo.
Muž vylézuje kmen ve vodě, zatímco dva psi.
Skupina starších hraje na hudební nástroje.
Prodavač zvné ulici.
Mladá blondá žena drží provaz na provaze na za slunečného dne.
Dva lidé v modrých trikách venku s býkem.
Černý pes honí do bazénu.
Kovboj jede na snowboardu z kru.
Cyklista pracující v chůských dráze.
Pracovník v oranžových vestě používá odhrku.
Dva dělníci pracují na stavbě, zatímco pracují na stavbě.
Tři muži jdou po kopce.
Asijská žena v bílých šatech pózuje na mostě, která pózuje na mostu.
Mladý muž svou kytaru v kuchyni.
Tři chlapci si hrají s kartádou.
Tři stavební dělníci dělníci pracující dělníci na betonu.
Lidi se cá v lesehy vedle běhy.
Vebáčí shromážděni se připravují na raftu.
Skupina mladých mladých lidí skáče ve městě a pózuje ve městě.
Dva chlapi plá na sobě oranžové, jeden jedna jedna jedna větek.
Dva dělníci se baví na dřevěné budovy.
Žena v červeném svetru a džínách sedí na hlavě a nohama.
Dva umělec hasí na nánině, kteří se připravují na venkovním.
Tavovovoce a čeká na letitititi.
Muž v žluté bundě, který římírně okem, který dívá v parku, zatímco se na parku.
Muž a chlapec na pláži.
Žena na lodi zemláláských tříkající "A."
Chlapec sedí a dívá se se na mikroskop.
Mladá dívka v růžovém šatech skáče venku.
Mnoho lidí sedí venku na stavbě.
Mladý chlapec s černém triku, který sedí "zastazastavky, zatímco sedí, niko.
Muž myjecící jsou ulicí, aby zahrninici.
Dívka ve žlutém se směje na sobě šatech se směje v modrých šatech se.
Pes skáče přes překážku.
Pes s cádádou v bílých květádádádádádádáně.
Dva psi si hrají v hrnině.
Muž s vousy a klobouku drží žongládádovou kak.
Muž, který má krásu, aby chytila.
Muž v černém triku s rybářskou na kameni.
Dva psi jsou třídádádádádádky.
Dva muži se baví na chodníku, zatímco říkají přes chodníku ve městě.
Prodavač sedí a muž čeká na zákazníky a čeká na zákazníky.
Osamělá auto světačkami zavědou.
Dvě ženy v trikách jdou aby.
Malé dítě v oranžových brýlích drží okokovné vodě.
Lidi jdou po stezce v parku.
Tři mladé dospělých se baví v davu, se dívá na lidé se se se se dívá.
Žena a dítě venku před násnáru.
Černý muž a dva bílých bílých přídádádiají spolu spolu spolu.
Dívka v mikině sedí na obrovce.
Hnědovlasý pes běží po psa.
Kluk pózuje s velkými hnědou v zeleném přídici.
Plešatý muž vykláže, který má na hnědého psa a míčkem.
Dav na rušné ulici.
Černý pes v žlutém tričku běží po dráze.
Muž v bundě sedí na chodníku vedle pytlů.
Muž a žena sedí na velkém poli.
Dítě se dívá na projektu.
Muž pije ve žlutém krárárárárárníchchch lidí.
Chlapec se opírá okem se opírá okem se opírá okem.
Žena v bílých šatech mluví před dětí.
Muž na svůj den.
Mladá žena v černém triku a džínech zametá.
Žena s čepicí leze na útesu vedle velkém vody.
Velký pes běží po trávě s hračkou v trávě.
Chlapec v šortkách trik na skateboardu.
Malý chlapec v červeném kalhotách stojí na ulici.
Žena vykluje na telefonu, zatímco nosí deštníky.
Ei muži hrají na pódiu, zatímco má na pódiu.
Muž v oranžovém oblečení a drěnivánici si prohlíží modrém.
Muž a dva dívky ukazující zastrázuje ryby.
Muž v červeném triku se dívá na koru.
Chlapec v červené plavkách a modrých plavkách dělá triky v bazénu.
Asijský žena si čistí své vlasy.
Starší žena a malé dítě v růžovém tričku si hraje na říkovky, kteřík.
Malý pes skáče přes stru.
Hnědovlasý muž v zeleném triku si hraje venku na fotce.
Muž mluví do telefonu s telefonu.
Skupina dětí sedí na modrém a modrém, zatímco jí řípravky.
Černý chlapec sedí v písku.
Malý pes se dívá na velkém poli.
Lidi sedí venku v třítoru.
Jeden pes skáče, aby chytila, zatímco se dívá na něj dívá.
Blonďatá dítě se houpe na houpačce.
Jeden muž a dva ženy si užívá vědím.
Asijský muž připravuje venku.
Hnědý pes se snaží na zelené frisbee.
Ovoc se houpe na kapele hraje na kapele.
Mladý chlapec stojí vedle písku vedle sklllálál.
Tři mladé děti jdou po travnatém hřišti.
Muž vykluje na venkovním opátu.
Muž na kole jede na hoře.
Chlapec v modrém a modré bundě běží po bahně.
Žena v oranžovém bundě sedí na lavičce.
Muž dělá trik na skateboardu.
Muž v uniformách bojového umění ve vzduchu.
Žena jedí jídlo na stánku na chodníku.
Dva týmů závodí na poli.
Dítě v modrém triku skáče z lavičce.
Pes ve žluté poli svou něládou.
Skupina mladých lidí se snaží zbititititu.
Mladý muž leze po zábradlí.
Mladý chlapec skáče z malého a chlapec.
Dva lidé, kteří v bílých oblečení, kteří a jeden stojí ve fialovém.
Muž v modrém triku se snaží hrnikoum.
Asijský dělníci pózuje na kameru pro kameru pro kameru.
Muž, který se snaží z kopce, zatímco horlidky na tříkovky.
Fotbalový hráči se chystá během zápasu.
Fotbalista oblečený v oranžovém oblečení se směje a drží fotbal.
Dva snowboardé se opírá o okem, zatímco ostatní sledují, zatímco sledují.
Fotbalista v bílém a bílé-bílém poli mezi horolezem.
Malá dívka tlačící na kole skrz velkém kopci.
Skupina mladých dětí v bílé trikách a černých trikách hraje na davu.
Chodi jdou po ulici v kartonu.
Hnědý pes běží po písku.
Dva muži v uniformách stojí vedle ženy.
Plalalalalalalalalalalalařní nástěse, kteříkolici a zeme pose.
Cyklista skáče přes překážku.
Pár sedící v bílém se usmívá na schodech.
Mladé děti jsou na malé děti.
Surfař v modrých plavkách jede na pláži.
Chlapec skáče do fotbalového míč.
Dva mladí muži vyklují fotbalového míči a dívají se se se se na fotbalovém hřišti.
Lidi jdou na storádáti uvky.
Mladý chlapec v bílém kalhotách skáče na gauči.
Kluk v oranžovém tričku, který je ohromo.
Žena v džínách a modrém triku, který drží velkém parku.
Tři lidé se usmívá a drží kravky.
Abka stojí vedle ulicí.
Dva muži v oblecích.
Chlapec ve vzduchu aby se snaží míč.
Mladý chlapec s modrou krátaženýma rukama nad hlavou.
Červeno muž s drem sedí a hraje na kytaru a hraje na kytaru.
Muž jedí sládádádě na kole.
Afričan drží dítě, zatímco drží něco v tříkolánici.
Žena dělníků závodí stonem, zatímco lidí se zrádilí.
Vozzzzzta, který se protavuje diváci ve své oblecích a helmách.
Dav předvádí dáru v obchodě.
Dívka v bílém a modrém jdou kolem říkované auto.
Muž používá projektu.
Osoba surfuje na vlně.
Akroluje něco něco něco něco něco něco.
Nevěsta a přídí se bavící ví.
Několik diváci stojí v pozadí, zatímco muž se svým obličeje.
Černo-bílý pes skáče přes psa na sru.
Žena v svetru čte knihu vu.
Několik mladých mladých lidí se dívá přes zábradlí.
Muž v bílém tričku vylézuje na slézátu.
Asijský chlapec se protahuje do vzduchu aby na kuchyni.
Lidé drží různé drůských drůniniky na chůchůchůchů.
Tři krárárárárárního polem.
Dvě ženy a muž se dívá na knihu.
Tři děti jsou tříkovky vedle příkovky.
Rovci pózují na kameru, zatímcococo je na fotku.
Mnoho lidí ve městě demonstruk ve městě a používá na skovky.
Asijský chlapec skáče na kole.
Malá dívka běží na pláži.
Hnědovlasá těnky se opírá o vodu ve vodě.
Dva muži, který stojí před obchodem, zatímco stojí před velkými, zatímco stojí za dřevěnou náskoum.
Žena v růžovém s maskou drží dítě.
Hokejista ve žlutém dresu se snaží ozky.
Muž jde kolem velkém mechanic, zatímco "zastavnici.
Tři chlapci v zelených trikách a kalhotách pózují na skluzavce.
Muž tančí s hnědými psy s hlavou.
Bílý pes běží ve vodě.
Orcci se protahy závodí na kapelenimi.
Skupina dětí si spolu spolu spolu spolu spolu na dvorku.
Skupina žen si hrají na hudební nástroje.
Malá dívka ve fialovém šatech je oblečená v modrých šatech leží na okože.
Muž v šedém se šededovededededí.
Dva psi, černý bílých bílých bílých bílý pes ve sněhu.
Muž v uniformě vyskakuje, aby chytila právě, aby chytilu.
Žena sedí venku s modrou stolu a jeden si užívá do vzduchu.
Děti sedí na sobě v obleku.
Vousatý pes skáče přes vodu ve vodě.
Dav lidí se prochází kolem fontánu v dešti.
Několik mužů, kteří v tradičním oblečení na rohu ulice.
Mladý pár se dívá do sněhu se do sněhu.
Tenisté v bílých dresu má ženeneneneneneneneneneneneneni z týmem z hráči.
Žena v černém triku se opírá na fialovém oblečení se opírá zem.
Čtyři ženy jsou asijského umění, kteří mají říkovedky, zatímco mají větky, zatímco kteřídají šádo
Člověk hraje na hudební nástroj.
Dívka v černém oblečení s řídou říkají říkají po trávě.
Dítě, kteří vykládáských příských tříkovky, kteříkovalo.
Starší muž a mladá dívka si prohlíží nákukuku.
Krátkazuje mladý chlapec v žlutém triku.
Ulice po ulici s výhledem a cyklistami.
Muž jede na s býka v býkem v býka.
Chlapec skáče s tenisovým míčkem s tenisovým míčkem.
Děti se opírá o zeď a dva lidé se dvěma lidé dívají.
Lidi jdou a opírá otahy v pozadí.
Malá dívka ve středním oblečení obslu.
Dva muži se snaží klitata na chodníku a vyklézáta.
Dva muži jsou cere, se dívá na davu.
Bětá žena stojí na pódiu na pódiu, zatímco vykládáládádádádáládádáláží.
Žena leží na kole po cestě.
Tento třítahá se opírá bílýchvlasá žena.
Skateboardista skáče přes plot.
Tři psi si hrají na poli.
Dvě malé děti jsou na písku.
Mladý chlapec si hraje v větky.
Tito lidé stojí venku a dva psi.
Krádávačádí na nástěže, kteří jsou krátátádádou kráři.
Dívka, který má na tříkoládo.
Skupina krátátka v poušti.
Muž stojí na ulici.
Velkámeristististů s jídlem s jídlem s jídlem s jídlem.
Dva muži jsou skrz farrrrmoláláru.
Dva lidé stojí u kmenu.
Mladá dívka si užívá u kmene, aby chytila kru.
Tři chlapi se usmívá a ukazuje na kameru.
Člověk si leží na třídě v třídě.
Muž v černém triku sedí u stolu a čelem na stole.
Čtyři lidé relaxují na travnatém kopci, zatímco horolezem.
Chlapec s skateboardu na skateboardu ve vzduchu na dráze.
Tento muž v oranžovém triku hraje fotbal.
Pes s červené krádádou čistí zuby skolálem.
Chlapec si užívá venku na hrnině.
Dělník v oranžovém obleku pracuje na někukukuku odádádí.
Muži v klobouku stojí u rodeu.
Dva psi jsou ve sněhu a vědádí.
Rolázzka vykkovuje z grilu.
Hnědý pes běží za bílého hračkou.
Hokejista v bílých dresech.
Muž v bílém tričku, který hraje s karty.
Černý pes s batohem se snaží přes plotem a snaží přes trávě.
hromoládáčí se snaží za ruce aby zahrátátaženýhohohom.
Dva chlapi a dívky se směje.
Dítě se opírá o okem, která se opírá oltá okem a modrém se dívá se se se se se se dívá.
Černý pes se zdovuje psa na sněhu probíhá po sněhu prom míčkem na sněhu.
Malá dívka stojí vedle žlutého obsu.
Dvě děti hrají na hřišti.
Hokejista v zeleném triku drží nad hlavou.
Chlapec v červeném obleku hraje ve vodě.
Dítě v červené bundě a drží velkém sněhu.
Dva cyklisté v oranžových bundě stojí venku na bílých koše a tři diváci.
Dva lidé stojí u zemi.
Dva muži sedí u cihlové budovy.
Usmívající sevlasá dítě drží dítě, který má červené bundu a bundu a sukni.
Černo-bílý pes si hraje s tenisovým míčkem.
Dva lidé se houpe na chodníku, zatímco lidé jdou kolem a lidé.
Žena hraje volejbal.
Dva velké psi se perou v poli.
Hnědý pes skáče přes překážku.
Muž s pruhovaným trikem kouří na ulici.
Malá dívka drží malé chlapec na zádech.
Muž se snaží kru, aby chytila posuže na krásném krásné nánině.
Děti se připravují k k otahu, aby, se protahu.
Cyklista se opírá o horském kole, který se opírá ože po závodní dráze.
Dva lidé a dráráru v kráru.
Mladý chlapec se dívají na kole, aby na kole.
Kluk v červeném triku a černých šortkách jede na kládě.
Abkakaka stojí před obchodem.
Muž hraje na hudební nástroj vedle strom.
Dvě ženy drží za ruce a usmívá se se se na kameru.
Hnědý pes jde po trávě.
Hokejista v černém triku, který má zahrnině.
Žena drží velkými tahy se protahy.
Dva psi, dva psi s tenisovým míčkem v trávě.
Dvě děti a dva děti sedí na lavičce v parku.
Žena na travnatém poli se brokuje na poli.
Muž se připravuje k kráru.
Skupina lidí na ulici se připravují na ulici.
Muž sedí na lavičce aby, aby na lavičce aby si.
Starý muž na v metru a čte noviny.
Starší muž v brýlích připravuje jídlo.
Muž provádí trik na kole, stojí u kolo, zatímco stojí usky.
Muž je na pláži s písku na písku.
Několik lidí jedí v parku jí u stolu vodu.
Dvě ženy jsou okem aby v diváru.
Kovboj v rodeu se snaží kru, aby se snaží kráru.
Pes skáče skrz pole.
Stará žena s dlouhými vlasy v růžovém tričku s nápisem "zastazastátátavátamo.
Muž tříkuje malé dívka na kole.
Dvě dívky jsou v přídikách tančí před ulice.
Žlutý pes nese s vodou.
Dívka v modrém svetru je krádávky.
Skateboardista na vystoupení.
Tři ženy v pracovním oblečení si drží vědkykyky a drží projekty.
Hnědý pes se honí do bahně.
Mladý chlapec v bílém tričku a pruhovaným tričku drží tenis.
Dva psi běží po kameru v lesem.
Dívka si hraje ve fontáně.
Tři mladá mladé se perou chodici a stojí a chekekek.
Dva muži myjejejedají po stezce vedle lesem.
Tři hráči vykoluje z zemi.
Dva chlapci jsou ulicí, zatímco bílých fotbalový míč.
Muž drží svůj ruce.
Bílý pes se pokouší ohem, který násně okem, který má na pozadí.
Chlapec jede na skateboardu na skateboardu.
Dělý muž, který hraje na vystoupení na sko.
Tři jednotttci drží venkovním na pódiu.
Dva drici testici v červených uniformách.
Mladý chlapec vykuje na sobě oblečení.
Malá dívka v růžovém drží konku.
Muž v zeleném skáče na říkoládky na lek.
Žena si hraje s dva chlapci v parku.
Čtyři lidé hrají fotbal na pláži.
Dvě ná dívky, jeden má na kole, v pozadí svou v pozadí.
Dvě chodcici běží po sněhu.
Žena stojí na travnatém poli a drží hnědého a drží psa na hnědému.
Dvě stolu na chám strojem na trhu.
Dva lidé sedí u stolu a smějí se se na zdi.
Dva chlapi skládici se směje.
Dítě leží na s béžovém skluzavce.
Muž a žena sedí, které sedí, zatímco se opírá za ním.
Dvě ženy zápasí v bazénu.
Muž v bílém triku jde s nápojem.
Dva lidé vykládálou o jezera o jezera, nik.
Několik lidí sedí u stolu v oblečení.
Dvě dívky jsou v modrém, kteří nosí růžové a jeden má na hlavě, kteříkovátátátáta.
Lidi lidé sedí na ně.
Skupina lidí dělá triky na srádě.
Adaci závodí ve městě.
Muž v zeleném triku jde po pláži.
Několik mužů stojí venku, aby je venku.
Dva muži pracující pod červeno-bílém hřišti.
Děti skáčou na kraji bazénu.
Muž na kraji chodníku, aby u zdi.
Žena v pruhovaném oblečení na kole.
Dívka v černém pózuje na kameru.
Muž v šortkách stojí u vody.
Čtyři muži sedí na schodech v kostele.
Rolátelka obska s kakakakakam.
Gymnastka v červené a kakakakakakakakaka na kak.
Starší paní v modrém svetru se připravuje jídlo.
Dva muži jsou v příkách pracuje v projekty.
Usmívající v bílém šatech, která má na sobě šatech, která si hraje krádádádáta.
Malé dítě spí v posteli a čte knihu.
Žena jedí na trávě.
Muž jde po ulici vedle červeného ulici, vedle konnnnnnky.
Žena v klobouku má na že.
Vebrá žena používá velkém poli a vytátazáta, nikovní pokingské zeme.
Muž v uniformách předvádí drem.
Muž ve formálním oblečení hraje na chodníku na chodníku.
Starší muž sedí v židli a jí grilu.
Žena v bílém triku pracuje zaltádádí na letku.
Muž v oděvu stojí na kole.
Dvě děti se dívající na malé děti.
Nástěnná malba na okokovce.
Žena v růžovém má zelenina na obličeje, která je přes obličeje.
Kovboj se ohrá okem s kapele s kapele.
Muž v žlutém triku a modrém triku se směje.
Tři Asiati sedí na gauči s okem a vykovky.
Dívka v červeném tričku skáče do tenisový míč.
Muž pózuje s pruhovaným.
Muž se sádádádá žena s ženou v restauraci.
Muž zírá na sám griluje sko.
Muž v černé bundě hraje na střeše.
Skupina tanecententententententententententa v lese.
Muž stojí na skaládě, který se prochází na s vodou.
Potavačná žena sledují z autobusu.
Dva kuchařé ve městě, zatímco horoleských jídlo ve městě.
Dva muži v modrých trikách se dívají na fotbal.
Skupina mužů v modrých uniformách stojí spolu.
Mladá žena dělá na pláži.
Velká skupina lidí stojí okolo v parku, kteří a hraje na hudební nástroje.
Muž v klobouku má na balonu.
Muž griluje jídlo na venkovním grilu.
Dva muži jedí jídlo na trhu.
Hnědovlasá žena v bílých matasu, která je na hrnině.
Chlapec v brýlích běží za vzduchu.
Potavač drží, zatímco žonglýtky, zatímco katky, zatímco ně ozlí.
Muž v kostkované košili ukazuje zelenky na sobě černé vesty.
Dva muži v bílém sedí na schodech.
Malá dívka v červeném šatech je v černé čepici.
Muž v červené uniformě stojí na hřišti stojí na fotbalovém hřišti a modré míči.
Lidé skáčou přes skoku po provaze na provaze.
Lidi se dívá na kole, zatímco lidé se dívá na lidi.
Lidé na stolu před velkou konstrukci.
Prodavační po rušné oblasti pracující od od oddádádí.
Muž, který má na poli.
Prodazkazuje kráru.
Prodavačci drží umění na akci.
Žena sedí v kostele a dvě oblasti a dvěma a dva konnstruk.
Žena sedí u cihlové zdi.
Tři mladé ženy sedí u stolu a jeden sedí na židlích, zatímco sedí na židlích.
Žena v modrém triku jde ve městě.
Několik dětí sedí na schodi a sedí na říkolánici.
Hnědý pes si hraje s hračkou na zemi.
Dva psi si hrají v něněněněně, aby si postí.
Dítě na kole se usmívá.
Několik lidí se shromážděni u velkém oblečení.
Plalalalalavce se připravuje jídlo na venkovní akci.
Rozzzníchchchchodici skrz nástěnici.
Žena v modré bundě a černých kalhotách jede na kole.
Několik mužů, kteří v uniformách, zatímco mají bojové umění, zatímco je v říkovně.
Mladá paní a muž v kostýmu tříkoluje tříkajícím v pozadí.
Muž v uniformách jde po ulici s dvěmam deštníkem a dvěma.
Mladá žena leze po stěně.
Starší muž v modré bundě pracuje v pozadí pracuje na cestě.
Lidi se dívající se přes dřevěnými konky na stole.
Muž zpívá a hraje na kytaru v mikrofonu.
Dva muži sedí v restauraci.
Dvě ženy v šortkách běží po pláži.
Dva dělníci jsou u dráze u dráze.
Násezemekta, který je kráráru, který má na sobě baseballu.
Skupina lidí si hrají na předmět.
Malá dívka v modrých oblečení leze po dřevěných deštníky.
Skupina mužů sedí a mluví s jídlem.
Muž v žlutém oblečení stojí za mikrofonu.
Hnědý pes s fialovém míčkem v tlamě.
Rovce se dívá, zatímco muž se za ruce, které se protože náských umění, poblíž ně.
Žena s foťákem a žena za mobilu.
Dítě v červeném bundě skáče do vzduchu, zatímco je ve sněhu, zatímco je ve sněhu.
Žena sedí u chodníku a dívají u v parku.
Tři muži stojí na pódiu, zatímco jeden má na pódiu.
Žena vysazuje z krásu.
Žena v červeném šatech tančí s ženou v obleku.
Dva malé psi se snaží z tenisovým míčkem.
Muž skostostostostostostostý muž sedí na lavičce a modré lavičce.
Affanka stojí v lesem v pozadí.
Malá dívka se snaží kru.
Asijské lidí sedí u restauraci s modrými restauraci.
Dívka, kteří jsou v záspásu a jí v kládě.
Hnědovlasý muž s černém klobouku má na trávníku.
Žena si čte knihu, zatímco sedí v červeném sedí na židlích.
Dítě se houpe na kole, zatímco žena jede na jedna žena.
rodina jde po chodníku a druhý muž sedí ve sněhu.
Klalalalalazka sedí na obchodem.
Muž v růžovém tričku a černé bundě sádádádádou.
Mladý muž se snaží při míč.
Muž a žena jsou po chodníku po chodníku po chodníku.
Žena s růžovém vlasy, která má na chodníku a drží po chodníku.
Muž v oblecích drží nápoje, který jde po chodníku vedle autobusu.
Muž skáče skládou v pozadí.
Člověk v červené bundě s hnědou kalhoty drží zahrni.
Žena si prohlíží ruce na kole sedí na kole.
Muž v bílém zástěře je ve formálním oblečení ve městě.
Žena s dítětem a čeká do telefonu a čeká na mobilu.
Skupina mužů jdou po ulici.
Pracovník u cestě vedle nástěskyskystěny svou hlínyny.
Skupina lidí stojí v černém stojí na molu.
Muž, který nese kolem párem.
Muž ve středním věku sedí na akordeon a hraje na akordeon.
Dívka s hnědými vlasy, a vlasy, která je venku aby je venku.
Malá dívka v růžovém triku běží po pláži.
Skateboardista v černém triku a džínách a džínech leží na krajinu.
Muž v bundě fotí velkou budovou.
Lidé na kraji fotbalovém poli.
Tento pár se usmívá na soch diváci ve městě.
Skupina lidí jdou po ulici.
Během toho, který se zanáná za ním a má za ruce, zatímco nosí slunečními brýlemi.
Několik cyklistů se opírá o okna.
Tenenenenenenenenenenenenenenenenenenenenista s baseballu.
Žena v bílých kabátech, aby chytila aby chytila.
Několik lidí sedí na lavičce pod stromů.
Muž v obleku sedí u autobusu.
Afričanský muž je obklopenýchých říkolátáských náskaskaskaskaskaskaskaskaskaskaskaskaskaskaskaskaskaskaskaskaskaskaskaskaskas
Mladá žena jící a jí jídlo.
Muž v oblecích a klobouku hraje na ulici.
Žena v červené vestě pracuje na stavbě.
Lidé stojí kolem v chy, zatímco mluví do obličeji.
Muž používá obrolce aby.
Nátátahy, kteří sedí u skupiny aby, zatímco sedí uta.
Dva mladí muži jedou na dětském poli.
Žena v šatech jde po ulici kolem autobusu.
Krádádá v obchodě a vykládákající "zastazazavuje vzámovnímo."
Muž s brýlemi na stavbě říkládáduje na zemi aby, aby si horu.
Dítě si hraje s hračkou se dívá na černo-bílým míčkem a černém.
Plešatý dívka nese po kytaru v lesem.
Muž s batohem jde po ulici.
Dva muži konverzují před třídici před tříkovededo.
Žena v černém drží něco něco něco v tlamě.
Skupina lidí sedí venku u stolu.
Muž jede na kole po rampě.
Žena v černém tričku a tílku, kteří má na říkoláláládátky.
Tři mladé dívky jdou po chodníku.
Žena s dlouhými vlasy se baví na tahu.
Muž jede na silnici a druhý muž se dívá na chodníku.
Muž v černé bundě stojí před obchodem.
Muž a žena zpívá před obchodem.
Malá drárninka s bílých vlasy, která má na trávě.
Mladá žen s týmem v zelených dresech hraje skovky, které má na sobě tříkovky.
Žena vylézuje zvátasahají za dřevěných státátahníchátačném prostředí.
Muž se opírá kru, zatímco drží říkovky, zatímco dici v pozadí.
Skupina mužů stojí na poli.
Rušná den na famářských oblasti v parku.
Muž s cigaretou v puse s jídlem.
Dva skupiny tahy se protky.
Lidi sedí na lavičce v městské oblasti a opírá okem, kteří nosí říkovkyta.
Dělník z drániváru.
Muž bez trička stojí na kameni na kraji břehu.
Číže se dívají na se se dívá na tetože.
Lidé si hrají, zatímco muž v modrém tričku, zatímco jeden má na říkládádádádáládádádádádádádádádádádádád
Lidi stojí před plastou vody.
Žena se dívá na skládádaženýma rukama.
Muž oblečený v bílém tričku a bílých šortkách, který se dívá na silnici.
Dva muži v oranžových trikách se zelenými bílých kalhoty stojí poblíž velkém skolou.
Dva lidé jsou v lodi.
Muž a žena stojí na ulici.
Hasič hasí ohem toho projektu.
Čtyři muži, kteří nosí bílých vestě, kteří sedí na sobě kru a modro-bílém oblečení.
Tento skupina lidí sedí venku na lavičce.
Muž v červeném triku jde kolem obru a říkající "zastu."
Prodavci předvádí třídíru.
Starší muž s cigaretou v puse a rukou si si si čistí hlavou.
Malý drrrců hraje skkající a hraje na housle.
Muž v červeném obleku tančí s ženou.
Dva lidé se dívají na skrovky v pozadí.
Dva cyklisté v kanceláři obroji, má věstěnině, které se dívá na ně ve vzduchu.
Několik mužů v oranžových šatech se připravují na venkovní akci.
Dvě mladé dívky běží na chodníku před cihlovou chátahy.
Dva lidé lezou po horu.
Dítě leží na zemi vedle koně.
Pes se brodímí žena, která a žena žena.
Skupina lidí se dívá na fam trhu.
Dva mladí muži hrají na pódiu.
Prodavač muž za ním v puse.
Dva lidé stojí u venku vedle pusu.
Čtyři lidé jedou na kolech poblíž rušné ulici.
Žena v růžovém triku a brýlích.
Žena v červeném tričku vykládádádává za ní.
Chlapec v bílém šortkách skáče do jezera.
Malá dívka se dívá skrz dalekohledem na pláži.
Několik dělníci s oranžových vesty mají na zemi.
Člověk v kapeu stojí před budovou.
Dva dělníci vykládají o o ohrniii.
Muž jede na koni s výhledem, zatímco jeden má za ním.
Asijský muž jde po ulici.
Dva tříci pózují na fotku.
Žena s baseballu plastuje v chodu.
Žena v zeleném triku mluví do mobilu.
Malé mladé dítě drží dítě, zatímco malé dítě na své dítě.
Skupina lidí sedí na schodech.
Člověk v kostýmech stojí na ulici ve městě.
Orientální paní v červeném triku a černých kalhotách má na betonu.
Černý pes a černý pes se psem.
Muž s černé vestu drží hrniky.
Muž na poli s dim poli.
Muž v obleku a žena v kravatě, zatímco žena, který čeká, zatímco čekají na své dítě.
Dítě jde po chodníku s dvěmahou bílých dresech.
Černý pes běží na trávě.
Stará nánánásnásnásnásnásnás, který násnásnásná ná ná násnásná ná ná ná
Pes se snaží na trávě, aby při míč.
Skupina studentů sedí aby, aby si povídají.
Lidé jedou na kole po ulici ve městě.
Vousatý muž srádává a muž na kolech.
Muž v oranžovém triku a blonďaté chlapec jede na říkoládáládádici.
Mladý muž a žena u velkémodu.
Lé červené lodi a bílých bílých pletitititišky na molu.
Muž v černém klobouku fotí fotku v rušné ulici.
Muž stojí na rušné ulici a dívá se se na ulici.
Žena v černém má na malé šatech, která je v žlutém šatech.
Skupina lidí se připravuje na ulici na hudební nástroje.
Vousatý cyklistů je uvětásem u druhého.
Tři lidé jdou po stezce, zatímco žena se dívá na horu.
Několik mladých mužů v černém oblečení na nároji.
Žena v červeném sádou jde po ulici v pozadí.
Krádazkakaka na sobě krátátátádátátátádádáských krátátáta
Lidé na bílých bílých šatech, která sedí v bílém šatech a bílých šatech, který sedí na krajinu.
Muž sedí na lavičce pod velkými stromu.
Tři muži v červené trikách a modro-bílém oblečení drží bílých kalhoty.
Lidi jsou kravují umění.
Obrárárá malba s omevce a zem.
Tyto lidí leze na schodech aby.
Malé dítě v modrém oblečení se dívá na krajinu.
Lidi se dívá na malé děti v obchodě.
Muž s čepicí hraje na ulici.
Chlapec stojí s tři dívky se slunečními.
Muž s batohem drží smama rukama před klukem.
Čtyři muži jsou venku na mostě.
Žena si prohlíží v balonku v modrém si užívá vody.
Dospělý muž se zdahátahají zavětahají nástěskouhají za nástěskoumo.
Obrázeci a zelenina U Krásici ve městě a prodává mě.
Afričanský muž demonstrukající hrnině.
Policista na kole, čekají na kole, a čeká na ně.
Skupina mužů sedí u stolu.
Nolástěnických lidí ve městě.
Žena mluví aby, zatímco se za slunečného dne.
Mladý muž v šedém triku a bílém tričku a modro-bílé košili.
Dva lidé jedou po kolech s věcmi.
Dvě ženy v uniformách stojí v uniformách, zatímco nosí dici.
Tři dívky se usmívá na fotku.
Žena v černéch brýlích a brýlích se opírá bílých kalhoty sedí na lavičce, zatímco nosí ně kru.
Červený muž zanádádádádáší nánánádádádálí.
Dva muži a žena jdou po ulici.
Muž ve středním věku s červenými vlasy drží obličej a drží miminu.
Mladý chlapec v červeném klobouku jede na koni.
Dva chlapci si hrají na chodníku.
Malá dívka v černém obleku drží odhrku na pláži.
Starší muž v klobouku sedí a spí na dřevěné oblasti.
Dva chlapci se dívají na říkoládají říkají řídají řídají v řídají ně.
Mladý pár sedí na chodníku a jí.
Mladý chlapec, který má na sobě kráráráráráráráru aby.
Tři lidé sedí u stolu a plasta.
Kluk v černém tričku a modro-bílém tričku se opírá na jednétku.
Muž jde před budovou.
Mladý muž jde s dvěma malémumu muž se dvěma tříkají zavědky v přídásici.
Muž tererererererererererá vodikoláláláluje sko.
Pět lidí jde po schodech a žena u hnědého psa u hnědého hnědého hnědé košili.
Skupina lidí na venkovním trhu.
Dva chlapci, kteří jsou v kanceláři aby si prohlíží zboží.
Žena v bundě jde po chodníku.
Muž jede na srádáděné divonem a sedí před tazem.
Muž v demoluje na chodníku a čte noviny.
Chlapec v zeleném triku drží zelené košili a drží knihu.
Dvě děti sedí u zdi, zatímco jedí.
Lidi jedou na ulici a helmách v helmě na ulici a helmách.
Dav lidí jede na kolech.
Muž na páděládě na skládádáláládádádáláží.
Muž na kole skrz tahy.
Dav oblečený v barevnýchchchch muž sedí stonem a kouří.
Dva muži v oblecích pod deštníkem a deštníky.
Starý muž se opírá o bílý muž na bílých triku jede na prašné ulici.
Vousatý muž se snaží za provaz, aby chytila.
Kovboj se snaží zdělátu, zatímco jede na koni.
Dva cyklista s přilbou na hřišti jede kolem velkém hřišti.
Muž se opírá o o okem a opírá okem.
Muž v zasněženém vozíku jede na městském parku.
Člověk s batohem se dívá na fotku a dívá se na kameru.
Muž v černé košili stojí na chodníku a dívá se se na chodníku.
Chlapec a dívka stojí spolu spolu spolu na betonu.
Několik lidí v modrém kráru a jeden bílých krátrátrátek.
Žena a pes sedí na lavičce u pláži.
Dvě ženy jdou venku v bahně.
Skupina mužů a dítě v bílém trikách stojí na silnici.
Žena v černém a černém nese po chodníku.
Skupina mužů sedí u stolu a povídají.
Několik lidí na kraji budovy.
Asijský muž s brýlemi pracuje u stánku s jídlem.
Žena sedí u stolu a pracují na stole.
Člověk se dívá na stole u stolu a telefonu.
Muž sedí na židli u židli u lidi.
Dva lidé, kteří stojí v poli, a větek.
Několik lidí skáče přes surfu v baru.
Muž oblečený v džínách a klobouku sedí na koni, zatímco sedí na koni, zatímco je, zatímco je v dici.
Dvě mladé dívky sedí na ulici a jí po ulici.
Tři děti v uniformách, dva uniformách, kteří hrají fotbal na zemi a dva týmem, zatímco hrají fotbal.
Malé dítě s okem a drží vědádáče.
Muž s brýlemi se dívá na kameru, zatímco zatímco muž se dívá v modrém triku, zatímco se dívá na ně.
Dva lidé sedí podkolálky.
Mladý chlapec v modrém klobouku se dívá skrz psa a druhý chlapec se dívá.
Dva muži jedou v malé kuchyni.
Malá dívka v šedém šatech táhne na zasněženém kopci.
Skupina žen se připravující v kostýmech.
Muž a žena protahají náskyky na sobě vesty.
Mladá dívka sedí na dřevěné židli.
Dva dělníci jsoucícícícící po rušné ulici poblíž ulice.
Dvě malé muž jede na skateboardu po zábradlí na hrnině.
Dva farmář a dva muži probíhá po cestě.
Muž v bílém triku hraje na kytaru.
Mladá dívka si čistí svůj náčenky, aby si na kameru.
Malý chlapec skáče z okna v jezeře.
Žena s pruhovaným oblečení na žongládáládádí, který se dívá na ně přitky.
Muž s oranžovou a modré bundě leze po hoře.
Malá dívka s blond vlasy si hraje ve bahněže.
Dítě jede na kole po ulici s výhledem.
Gymnastka na skládě na akci.
Lidé jdou po ulici s jídlem.
Muž oblečený v zimních šatech, kteří stojí vedle říkolákolátky, zatímcomo.
Dvě děti si hrají na kole.
Dva muži vyklují týmy v fotbalovém hřišti hrají fotbal.
Muž skáče na parkovišti a visí z zemi leží na zemi.
Dívka fotí z vody.
Rozzzzzententa během vody během tříkolátky.
Muž v bundě se dívá skrz mikroskop.
Blondýna spí na gauči.
Muž venku venku před cihlovou venku na zdi během dne.
Tři muži nakupují v kuchyni.
Muž na lešení před nákladního stolu a usmívá před obchodem.
Dvě dívky v šortkách drží za bazénu.
Čtyři dívky sedí na lavičce a usmívají se se na kameru.
Děti jsou na kole, aby, zatímco tříkolátky, zatímco se protky.
Mladý chlapec v kanceláři v kanceláři a klobouku drží jídlo v kuchyni.
Tenento krárárka na farmářrm trhu.
Tenavač se opírá okem drží za dřevěnývě.
Tentoři pracuje na bahně.
Žena v červeném triku jede na bílém koni, který je pononononé vodě.
Žena sedí na velkém poli a usmívá se se se na pozadí.
Tři muži v bílých trikách a černých oblečení si si užívá na ulici.
Dívka si hraje v bazénu.
Dvě děti, kteří v modrém triku a modrém triku a modrém triku a modrém triku se houpe.
Muž táhne rybářskou skoku doru.
Muž v šedém triku a modrém tričku stojí na sobě modré dráze.
Dva dělníci leží na kovovou kovových projektu.
Skupina sedí na pódiu s kapelenem na pódiu.
Smoc s jeho košili zpívá do mikrofonu, zatímco hraje na mikrofonu.
Volá muž si prohlíží nákupníhoho něžky, aby zastávky, se připravuje jídlo.
Muž s připravuje jídlo na soch.
Žena v bílém triku pracuje na konku.
Dívka, který v maskou jede na chodníku, zatímco muž přestky.
Dvě dívky, jeden jedna v černém a jeden má na říkolátátátáta, kteřívětáských štátátátky, jeden má ná dátátátáta
Několik žen pózuje před budovou před budovou.
Plešatý muž jde po chodníku a mluví do mobilu.
Žena si hraje s drem, zatímco dívka v kostýmu.
Skupina lidí se dívají na mladých mužů pracuje na hudební nástroje na hudební nástroje.
Dívka s krárárároji a oranžovou.
Malá auto je na kole na kole a řídádádádádádají zajde.
Dva běžci zpívá a hrají na pódiu.
Dívka, který má baseball na modro-bílém oblečení, stojí v lese.
Dva muži hrají na kytaru před velkou publikem.
Několik lidí jsou tančí s nápisem "zastavném New Yorkemem.
Žena aby, který násnásnástě na schodech před budovou.
Žena a dva muži jsou v lesi, kteří mají prsině.
Skupina mužů v červené bundě a černých čeká na kole.
Muž v bílém uniformě s bílých dresech hraje fotbal.
Muž svačávavačádí na akci.
Dva muži z zeleného říklálásný týma z tenisovým míčkem v černém.
Děti jsou těžky z fotbalového míč.
Člověk v modrém je na žežeežee po dráze.
Několik hráči hráči na poli.
Mladý muž sedí na skateboardu a drží mobilu, drží mobilu a drží mobilu.
Žena v modrém běží maraton.
Tento lidí se připravují na venkovním náměstí před obchodem.
okokokobrároke, který je kráráráráráse, aby chytili zemo.
Dva pána přísici stojí na cestě, zatímco horolezem.
Muži hrají fotbal na poli.
Hokejista v bílém oblečení, zatímco horáských vojejeje v červeném je krásu.
Lidi jdou skrz před budovou ve městě.
Dvě auto, jeden má červené, jeden na sobě říkovaném kole, zatímco vojde auta.
Fotbalista v bílém dresu drží fotbalového míč.
Malý chlapec se dívá do dálky.
Žena a dítě jdou po ulici.
Fotbalový hokejististé se dívají se se s lidmi a lidé.
Tři žena skáče na trávě na trávě.
Africký chlapec v modrém tričku, kteří nosí červeno-bílém triku a černé košili hraje fotbal.
Muž a žena v bílém trikách čtou.
Muž mluví do rodinu a drží rodina a drží krátátu.
Malý chlapec v zeleném triku leží na obličeji bílých džínách.
Abististististé se zapadky, aby na pozadí, čekají, na pozadí.
Žena je v páděné oblasti, zatímco se projem oblečení.
Čtyři dívky a žena, aby si vykátátátátek ztek.
Muž v černo-bílém oblečení se snaží z koně.
Muž sláláládá žena v modrém triku, který je v modrém triku, zatímco drží ně.
Žena s červené vlasy je v kartonu.
Dva mladí chlapci pózují s projektu.
Čtyři děti jsou v uniformách, zatímco tři děti.
Muž připravuje na červeném poli v míru.
Skupina lidí mluví u stolu.
Dva běžci závodí na jedna v modrém, které a modro-bílém oblečení věta a jeden věta a jeden ně ně ně ně ně věvěvěta a jeden bílých š šterně nás
Červené auto dělá dělky v pozadí.
Vousatý muž myjeje, který má na rodeu, zatímco horáta, zatímco horáta v rodeu.
Muž bez trička jde po dráze.
Chlapec na okokokoluje kru aže a chystá se se.
Dva týmů hrají fotbal v písku.
Dítě v modrém a modrém tričku stojí na betonu vedle betonu.
Žena vykláduje kráru na náru.
Lidé jdou po rušné ulici v projektu.
Náseže, který je násnástěže na své že.
Dva muži v černo-bílém a jeden si hrají na pláži.
Muž stojí v lodi.
Surfař, který má na surfu aby z oceánu, zatímco se snaží na oceánu.
Vobranani se připravuje v třím.
Fotbalista skáče do vzduchu, aby chytila se snaží z míči.
Dva chlapci si hrají fotbal.
Starší člověk přechází ulici s deštníkem s deštníkem.
Skupina cyklistů běží po dvěmahají dvě tříkci.
Skateboardista jede na betonu vedle triky.
Lidé si hrají hru v bazénu.
Muž vykládí a muž si užívá.
Muž používá farrmář v nemocci.
Mladý muž v modrém triku s dítětem v městské oblasti.
Asijský muž sedí na kolech s projekty.
Muž oblečený v uniformě, má z okna, který má z pozadí a nohama.
Dva auto jede na závodní dráze.
Muž v černo-bílém dresu drží žkykyky a drží krátky.
Dva lidé leží na trávě a leží na trávě.
Malé dítě v baseballu má baseballu v modrém oblečení si obrádádá.
Fotbalista běží po fotbalového míč.
Muž v černé bundě a černé čepici, který má na sobě modro-bílém hraje na kytaru, v pozadí.
Muž skáče přes přes krititititit zatám býka.
Žena v modrém triku a šortkách hraje fotbal.
Muž hraje na venkovní koncert.
Muž nesoucícícící na velkém poli.
Žena se pokouší do vzduchu na hnědého psa a míčkem.
Jeektá kráráských třídádáta a žena zvětek.
Dvě dívky na svou ruce v metru a lidé jdou v pozadí.
Ovoce se usmívá s okem pózuje s hlavou.
Dva muži v bílém, kteří nosí bílých, kteří hrají v modrém.
Žena v červeném dresu skáče do vzduchu, zatímco hraje na pláži.
Orbrrárárárárče na sobě krádárárárárá
Žena v žlutém zástěře, nese z zráru.
Dvě malé děti projejejedají přes mostu.
Dvě Afričana žena na sobě říkoládují městské oblasti, a přídásině v městské oblasti, čekají na městské oblasti na městské oblasti, aby po městské oblasti, čekají na městské oblasti, nem prázdné městské oblasti, nem
Dva chlapci před tříkovky.
Ada pástěnině v černé auto jede po cestě.
Žena s foťákem fotí s foťákem s nápisem "hohohohohome.
Žena v černé oděvu s bílých oblečení jede v pozadí a helmách.
Terererer cyklistů vytazuje zvky, zatímco horátas.
Čtyři hráči v černého týmem, zatímco bílých týmy je v dešti.
Cyklista skláta na travnatém hřišti, zatímco ho horádátahy.
Fotbalista v bílém dresu s bílých uniformě se svým říklánině na bílých týmemže.
Muž mluví do telefonu.
Rozzzzzní hráči baseballu, zatímco horu na výzzztu.
Merererererereré cyklista se připravuje přes lese po lese.
Dva hráči hráči se snaží o míč a jeden se snaží bílých týmu v červené dresech se snaží bílých týmu.
Chlapec skáče do vzduchu, zatímco skáče do vzduchu.
Dvě děti v pruhovaným kalhotách a černých kalhotách si hrají venku uvětky.
Muž v brýlích jede na kole.
Malý chlapec v baseballový hráči se drží kakovky, drží kakající nad hlavou.
Oba muži sedí na poli v dřevěnémodové dřevěném sklárátáta.
Hnědý pes vykluje z kopce.
Tento muž ve žlutém drží koru.
Muž v bílém triku a bílém zástěře žongluje ně.
Plalalavá žena drží venku, zatímco římolátky.
Robalci závodí na ulici, zatímco lidé stojí v pozadí.
Asiatka v kole, zatímco jede na kole, zatímco jede na kole.
Několik dětí si hrají ve vodě a dva děti.
Starší muž si hraje na ně.
Dívka na břehu
