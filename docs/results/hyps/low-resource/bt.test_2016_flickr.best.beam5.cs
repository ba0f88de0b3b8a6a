Muž v oranžovém triku se dívá na venkovním hřišti.
Usmívající běží na trávě.
Dívka v šedém oblečení se připravuje před obchodem.
Pět lidí, kteří v pozadí.
Lidé jsou na zemi.
Muž v klobouku stojí u stolu.
Skupina lidí stojí před obchodem.
Kluk v červeném dresu se dívá do vzduchu.
Muž pracuje na střeše budovy.
Muž v klobouku sedí u stolu.
Matka a mladýchch si prohlíží jídlo.
Muži si hrají ve vzduchu.
Žena drží v kuchyni.
Muž sedí u stolu.
Tři lidé sedí u stolu.
Dívka v růžových šatech jde po chodníku.
Blonďatá drží v písku.
Žena v černém triku a černém triku stojí v parku.
Člověk v modrém triku leze po ulici.
Dva muži, zatímco dva muži se dívá.
Lidé stojí před budovou.
Kapela hraje na poli.
Žena připravuje na pláži.
Muž stojí v parku.
Žena skáče do mikrofonu.
Žena v růžovém klobouku a růžovém tričku se baví.
Muž se směje.
Dva chlapů se připravuje na skateboardu.
Ženy, která má na sobě sobě sobě sobě má na sobě sobě sobě sobě sobě sobě sobě sobě sobě sobě sobě sobě sobě sobě sobě sobě bílých oblečení.
Jeden muž drží svého muže v pozadí.
Mnoho lidí jede na dráze.
Blonďatáatá dívka sedí na pódiu.
Dítě si užívá ve vodě.
Tři lidé sedí u stolu.
Dva chlapci stojí na hřišti.
Starší žena na ulici, zatímco žena na ulici.
Blonďatá žena hraje na kytaru.
Vousatý muž se usmívá, zatímco se dívá.
Mladý muž se dívá na houpačce.
Muž v klobouku stojí na kytaru.
Dívka ve vodě.
Muž v modrém triku a modré košili stojí před obchodem.
Lidé sedí u stolu.
Dítě se snaží do vzduchu.
Muž v červeném tričku a červeném triku se připravuje na venkovním trhu.
Dva muži ve vzduchu.
Usmívající se směje.
Postarší muž stojí na trávě.
Muž se připravuje jídlo.
Muž v červeném triku hraje na pláži.
Lidé jdou po chodníku.
Postarší pár pár, zatímco se dívá.
Skupina lidí jde po ulici.
Muž na vodě.
Žena v klobouku jde po chodníku.
Muž v růžové košili sedí v trávě aby do vzduchu.
Cyklista si prohlíží na pláži.
Dva muži v černém oblečení, kteří jsou ve městě.
Muž ve žlutém tričku se směje.
Dva muži, kteří mají a jedna z nich jsou.
Kapela se připravuje jídlo.
Chlapec si hraje na kytaru.
Dav lidí jsou v parku.
Muž sedí na lavičce a se dívá se na pláži.
Chlapec a dívka si hrají na kytaru.
Žena v modrém triku a modrých džínách sedí na lavičce.
Hnědý pes stojí na pláži.
Žena sedí u stolu, která má na sobě dělá.
Muž se připravuje na skateboardu.
Žena s dlouhými dlouhými vlasy na kytaru.
Fotbalista se připravuje na pódiu.
Dítě sedí na pláži, zatímco se dívá do objektivu.
Dvě ženy a dva muži se dívají na oceánu.
Žena s dlouhými vlasy hraje na ulici.
Mladá dívka v bazénu.
Několik dětí si hrají fotbal.
Tři lidé si hrají v parku.
Hnědý pes jde v trávě.
Lidé sedí v trávě.
Starší žena sedí u stolu, zatímco muž v pozadí.
Dva mladí chlapci jsou na kole.
Muž v černém triku hraje na kytaru.
Mladá žena na zdi.
Dvě děti jsou na zemi.
Muž se připravuje v kuchyni.
Kluk leží na houpačce.
Muž pracuje na lavičce.
Skupina lidí sedí u stolu.
Blonďatá žena si prohlíží jídlo.
Malé dítě, který má na sobě sobě sobě sobě má na sobě sobě modrou.
Žena s dlouhými dlouhými vlasy v černém triku se směje.
Muž v šedém oblečení se dvěma dvěma lidé.
Dívka se připravuje po stěně.
Muž s modrými vlasy vedle sebe vedle sebe.
Starší muž, který se usmívá a dívá se na něco.
Dítě v bílém triku nese.
Tři muži v restauraci.
Žena fotí, který má na sobě sobě má na sobě má na sobě sobě sobě sobě sobě sobě brýle.
Skupina dětí sedí u stolu.
Mladý chlapec v dělá do vzduchu.
Šestst žena v bílých šatech.
Starší muž sedí u stolu.
Žena běží v parku.
Muž v dělá trik.
Skupina lidí leze po ulici.
Cyklista se připravuje na skateboardu.
Muž dělá trik na skateboardu.
Dítě sedí u stolu.
Hnědobílý pes skáče do vody.
Matka se snaží do vody.
Malé dítě jde vedle sebe.
Dívka sedí na skateboardu, zatímco sedí na skateboardu.
Černý pes skáče do vody.
Muž v bílém triku a modrých džínách se usmívá.
Dva muži, kteří jsou bílýchbílýchbílých muži.
Kluk s brýlemi stojí na hlavě a usmívá se.
Dva lidé jsou na skateboardu.
Lidé stojí na pódiu, který je venku.
Muž se připravuje na zdi.
Dva psi běží sněhem.
Jeden mužů hraje na pódiu.
Miminko v parku se dívá do objektivu.
Muž sedí u stolu.
Tato žena se směje a usmívá se.
Lidé jsou z nich z nich z nich z nich.
Čtyři psi s červeno-----------------------------
Žena s modrými vlasy drží dítě.
Dva lidé sedí na pláži.
Stará žena pracuje na pódiu.
Chlapec stojí v parku, zatímco se dívá.
Muž v modrém triku se usmívá.
Tři psi jsou na sobě modré hřišti.
Kluk z okna okna okna, zatímco ho ho ho z okna.
Muž v šedém triku skáče do písku.
Dítě ve žlutém triku skáče do vzduchu.
Pracovník ve žlutém bundě jede na skateboardu.
Muž v šedém klobouku a dělá trik.
Vousousatý pár pár pár se dívá na venkovním trhu.
Muž nese po oceánu.
Muž v černé bundě jde po sněhu.
Cyklista se připravuje míč.
Policista ve slunečních brýlích, zatímco se usmívá.
Kapela se připravuje v parku.
Muž v zeleném klobouku a zeleném klobouku se usmívá.
Dítě s modrými vlasy na pódiu.
Pes s modrými vlasy na pláži.
Muž se připravuje na pódiu.
Muž v červené košili a červené košili se usmívá se.
Mladá žena v bílém triku a bílém triku se směje.
Chlapec v červeném triku s červenou mužem v písku.
Starší muž v bundě sedí na lavičce.
Muž v bílém triku se dívá do mikrofonu.
Žena drží deštník.
Postarších dětí si hrají ve vodě.
Dva lidé jede na dráze.
Dívka skáče na chodníku.
Muž, který má na sobě sobě sobě má na sobě má na sobě sobě sobě sobě čepici.
Malý chlapec si hraje na kytaru.
Malá dívka čistí jídlo.
Žena v modrých šatech se dvěma dvěma na zemi.
Malá dívka se dívá na svého dne.
Hnědobílý pes běží na trávě.
Dva psi si hrají.
Muž jde na sobě sobě černých bruslích.
Dva muži v zeleném oblečení jsou jídlo.
Muž oblečená v černém triku a černých kalhotách jde po ulici.
Pes běží venku.
Pes ve sněhu.
Kapela hraje na pláži.
Žena a dítě se směje, zatímco dítě.
Dva muži a muži stojí venku.
Skupina mužů je ve vodě.
Muž se směje, zatímco čte knihu.
Muž v černém triku hraje na kytaru.
Mladý chlapec v modrém tričku a modrých šortkách si hraje.
Muž stojí na hlavě a dělá.
Pes venku na trávě.
Dvě ženy, která má na sobě jedna se dívá.
Muž sedí u stolu, zatímco se dívá.
Malé dítě v zeleném triku hraje na kytaru.
Muž se připravuje svůj svou.
Muž sedí u stolu a u stolu.
Kluk v černém triku a černých kalhotách se směje.
Vousatý muž sedí na trávě.
Pes běží po dráze.
Vousatý muž se směje.
Dvě děti si prohlíží jídlo.
Tato lidí stojí u stolu.
Hnědobílý pes a pes se psem.
Muž s dlouhými vlasy hraje na kytaru.
Žena s hnědými vlasy sedí na lavičce.
Muž sedí na kole.
Dvě děti jsou na houpačce.
Muž jede na kole.
Mladá žena s modrými vlasy na sobě bílých šatech.
Žena v červeném tričku sedí na lavičce.
Pes jde po cestě.
Mladý muž v bílém triku a černých kalhotách stojí na hlavě.
Skupina lidí, kteří jsou z nich z nich jsou.
Muž s batohem na kole s mužem.
Muž se snaží do vody.
Skupina dětí si hraje na pódiu.
Postarší pár pár pár pár na ulici.
Mladá žena drží svého dne.
Dva lidé v modrých uniformách stojí venku.
Černý pes skáče do bazénu.
Muž jede na skateboardu na skateboardu.
Cyklista v oranžových vestách po cestě.
Pracovník v oranžovém triku se připravuje.
Dvě dámy sedí na lavičce, zatímco sedí na lavičce.
Tři muži jdou po cestě.
Asijská žena v bílých šatech, která je obklopena.
Mladý muž, který má na kytaru.
Tři chlapci si hrají na kytaru.
Tři muži, kteří jsou dva muži.
Lidé se připravuje jídlo vedle sebe vedle sebe.
Velká skupina skupina mužů v parku.
Skupina mladých mladých mladýchchchchchchchchchchchchchchchchchchchchchchchchchchch mužů skáče z nich, zatímco
Dva lidé jsou na sobě sobě sobě, jeden z nich z nich z nich z nich z nich z nich z nich z nich z nich z nich z nich z nich z nich
Dvě dívky na střeše budovy.
Dáma v červené bundě a červené čepici sedí na lavičce.
Dvě starší starší starší starší starší starší starší starší starší starší starší starší starší starší starší starší starší starší starší starší starší staršíchchchchchchchchchchchchchchchchchchch
Postarší muž stojí na venkovním trhu.
Muž ve žlutém triku se připravuje v parku.
Muž a chlapec na pláži.
Žena leží na lodi v pozadí.
Kluk sedí u stolu a dívá se dívá se.
Mladá dívka v růžových šatech skáče do vzduchu.
Mnoho lidí sedí u stolu.
Fotbalový v černém triku sedí na kytaru.
Muž nese po cestě.
Dívka ve žlutém tričku se usmívá, zatímco se dívá.
Pes skáče do vzduchu.
Kapela s černými černými černými batohem a modrými po cestě.
Dva psi si hrají v parku.
Muž s brýlemi, který má na sobě má na sobě má na sobě a drží za ním.
Muž, který má na sobě sobě sobě má na sobě má na sobě sobě sobě sobě dělá.
Muž v černém triku pracuje na skateboardu.
Dva psi sedí u stolu, zatímco dva dva muži.
Dva muži na chodníku.
Plešatý muž sedí u stolu.
Vousousatý muž s výhledem.
Dvě ženy v oranžových šatech jdou po ulici.
Malé dítě s modrými brýlemi, která má na lodi.
Lidé jdou v parku.
Tři mladá žena se dívá na pódiu.
Žena a dítě stojí před obchodem.
Černý muž a bílých dva dva dva dva dva dva dva dva dva dva dva dva muži.
Dívka v růžovém tričku sedí na lavičce.
Hnědobílý pes běží po cestě.
Kluk v zeleném triku se směje.
Plešatý muž v černé čepici a černých brýlích se snaží na sobě k khaki kalhotách.
Dav jede na ulici.
Skateboardista v černé bundě a černých kalhotách běží po dráze.
Muž, který má na chodníku.
Muž a žena sedí na lavičce.
Dítě se dívá do mikrofonu.
Muž se připravuje na pódiu.
Kluk se dívá na své svého dne.
Žena v bílých šatech mluví do mikrofonu.
Muž na skateboardu.
Mladá žena v černém triku a černých kalhotách se směje.
Žena s batohem jede na chodníku.
Černý pes běží na trávě.
Kluk v dělá trik na skateboardu.
Malý chlapec v červené bundě stojí na ulici.
Žena stojí na chodníku, zatímco je na chodníku.
Ta muži si hrají na kytaru.
Muž v oranžovém dresu skáče do vzduchu.
Muž a dvě dívky se dvěma na zemi.
Muž v červeném triku se směje.
Kluk v červeném tričku a červených kalhotách se snaží do bazénu.
Asijská žena s dlouhými vlasy, která má na lavičce.
Starší žena a žena si hraje na kytaru.
Malý pes skáče přes překážku.
Hnědovlasý muž v zeleném triku hraje na kytaru.
Muž se připravuje svůj svou.
Skupina dětí sedí na sobě, zatímco se dívá.
Černý pes sedí v písku.
Malý pes se dívá na trávě.
Lidé sedí venku před budovou.
Jeden pes se dívá, zatímco se dívá.
Blonďatá dítě se dívá na houpačce.
Jeden a muž a dvě ženy se dvěma.
Asijský muž se připravuje jídlo.
Hnědobílý pes se snaží míč.
Kapela hraje na kytaru.
Mladý chlapec stojí vedle písku.
Tři děti jdou po travnatém poli.
Muž, který má na skateboardu.
Muž na kole jede na kole.
Kluk v modrém triku a modrých kalhotách běží po cestě.
Žena v oranžové bundě sedí na lavičce.
Muž pracuje na skateboardu.
Muž v dělá trik ve vzduchu.
Žena nese na chodníku.
Dva lidé jsou na poli.
Dítě v modrém triku skáče do vody.
Fotbalový ve žlutém triku se připravuje na poli.
Skupina mladých lidí v parku.
Mladý muž dělá trik.
Mladý chlapec skáče do vzduchu.
Dva lidé v modrých uniformách stojí a jedna z nich.
Muž běží na sobě sobě sobě sobě sobě s číslem.
A A A A A A A A A A A A A A A A A A A A A A A A A A A A A
Muž, který běží po dráze.
Basketbalista se připravuje na pódiu.
Fotbalista v oranžovém dresu se usmívá a usmívá se.
Dva fotbalisté, zatímco se dívají na které jsou.
Fotbalový v bílém triku a bílých kalhotách se na poli.
Malá dívka jde po travnatém poli.
Skupina dětí v bílých šatech a bílých šatech se dvěma.
Cyklista jdou po ulici ve městě.
Hnědý pes běží po pláži.
Dva muži v uniformách stojí vedle muže.
Vousousatý muž s číslem.
Cyklista skáče do vzduchu.
Pár sedí u stolu, zatímco se dívá.
Mladé děti jsou na skateboardu.
Surfař v modrém triku jede na kole.
Chlapec skáče do vzduchu.
Dva mladí muži na hřišti.
Lidé jdou po chodníku.
Mladý chlapec v bílém triku skáče do vody.
Kluk v oranžovém triku nese.
Žena v bílém triku a modrých kalhotách drží v písku.
Tři lidé se usmívá a drží své svého auta.
Starší stojí na ulici.
Dva muži v klobouku, která má na lavičce.
Kluk se snaží míč míč.
Mladý chlapec s modrými modrými vlasy s modrými brýlemi.
Vousatý muž sedí na kytaru a hraje na kytaru.
Muž sedí u stolu.
Postarší pár se směje, zatímco drží dítě.
Žena s dvěma lidmi, kteří lidé se baví.
Starší muž, zatímco se dívá.
Dav se připravuje na pódiu.
Dívka v bílém triku a modrých šatech jde po ulici.
Muž se připravuje svůj svou.
Člověk běží v oceánu.
Starší muž se připravuje jídlo.
Několikchchchchchch mužů.
Vousatý muž stojí v pozadí.
Černý pes skáče na trávě.
Žena v obleku čte knihu.
Několik dětí se dívají na bílých šatech.
Muž v bílém triku a bílých kalhotách se dívá do fotoaparátu.
Vousatý muž se usmívá aby do vzduchu.
Lidé drží svého stolu.
Tři chlapci se připravuje na poli.
Dvě ženy a muž se dívají se na lavičce.
Tři děti stojí u stolu.
Usmívající se usmívá, zatímco se dívá.
Mnoho lidí ve městě.
Muž skáče na kole.
Malá dívka běží na pláži.
Černý pes nese ve vodě.
Dva lidé stojí před obchodem, zatímco stojí před budovou.
Žena v růžovém triku drží dítě.
Fotbalista ve žlutém dresu se snaží míč.
Muž jde po ulici.
Tři chlapci v zeleném oblečení a zeleném oblečení.
Muž s bílými vlasy se psem.
Bílý pes běží po vodě.
Vousatý muž dělá na pódiu.
Skupina dětí si hraje na pódiu.
Skupina žen si hraje na kytaru.
Malá dívka ve fialovém šatech, která má na houpačce.
Muž s dlouhými dlouhými vlasy s dlouhými vlasy s dlouhými vlasy.
Dva psi běží ve sněhu.
Muž v obleku skáče do mikrofonu.
Žena sedí u vzduchu.
Děti sedí na lavičce v parku.
Černý pes skáče do vody.
Dav jde po vodě.
Několik mužů, kteří na ulici.
Mladý chlapec se dívá na sněhu.
Fotbalista se snaží míč míč.
Žena v černém triku s bílými vlasy s bílými vlasy.
Čtyři ženy, kteří jsou zatímco jsou jsou jsou v kuchyni.
Člověk hraje na kytaru.
Dívka v černém triku s batohem na trávě.
Dítě nese po cestě.
Starší muž a dívka se baví na gauči.
Vousatý muž dělá ve žlutém tričku.
Cyklista se připravuje po ulici.
Muž jede na skateboardu v parku.
Chlapec skáče do bazénu.
Dva lidé jsou na zdi.
Lidé jdou v pozadí.
Malá dívka v černých šatech.
Dva muži se snaží do vody.
Dva muži se dívají na pódiu.
Starší žena v obleku stojí u stolu.
Žena leží na pláži.
Cyklista v černém a černých šatech a černých šatech, zatímco žena.
Žena skáče do vzduchu.
Tři psi si hrají na poli.
Dvě děti jsou na písku.
Mladý chlapec si hraje v parku.
Čtyři lidé stojí u stolu.
Vousousatý muž v restauraci.
Dívka má na sobě sobě sobě sobě sobě sobě slunečních s nápisem.
Velkákákákákákákákákákákákákákákáká skupina skupina skupina skupina skupina skupina skupina lidí.
Muž stojí na ulici.
Kapela před obchodem.
Dva muži jsou na jejichichichichichichichichichichichichichichichichichichichichichichichichichichichichichichichichichichichichichichichichichich
Dva lidé stojí na pláži.
Mladá dívka si si užívá na sněhu.
Tři lidé se usmívá, aby se na něco.
Člověk na skateboardu, která se dívá do vody.
Muž v černém triku sedí u stolu.
Čtyři lidé stojí na pláži.
Kluk s batohem skáče do vzduchu.
Je tam muž v oranžovém triku hraje na kytaru.
Pes s červeno-- červeno---------------------------------bílý pes
Kluk si prohlíží  úúúpasa.
Pracovník v oranžovém triku jede na skateboardu.
Muž v klobouku stojí u stolu.
Je tam tři psi jsou ve sněhu.
Starší muž, která je z nich je z nich z nich z nich.
Starší pes běží po trávě.
Fotbalista v bílém triku s bílými lidmi v bílých šatech.
Muž v bílém triku hraje na kytaru.
Černý muž na trávě.
Vousatý muž se připravuje jídlo.
Dva lidé se usmívá a usmívá se.
Dítě se usmívá, zatímco se dívá.
Černý pes na sněhu.
Mladá dívka stojí na sobě žluté lodi.
Dvě děti si hrají na hřišti.
Fotbalista v zeleném triku a zeleném triku se směje.
Chlapec v červeném tričku hraje na vodě.
Dítě v červené bundě a červené bundě a červené bundě a červené bundě a drží za ním.
Dvě děti stojí venku venku s dvěma lidmi.
Dva lidé stojí na zemi.
Dva muži sedí u budovy.
Snowboardista s červenou vlasy a brýlemi drží dítě.
Černý pes si hraje na trávě.
Dva lidé na chodníku, zatímco lidé jsou na chodníku.
Žena hraje basketbal.
Dva psi jsou na poli.
Hnědobílý pes skáče přes překážku.
Muž, který má na ulici.
Malá dívka drží malé malé dítě.
Muž se snaží snaží do mikrofonu.
Děti se připravuje jídlo.
Cyklista se pokouší po cestě.
Dva lidé a lidé jsou v parku.
Mladý chlapec se dívá na skateboardu.
Kluk v černém triku a černých kalhotách jede po ulici.
Starší pár stojí před obchodem.
Muž hraje na kytaru.
Dvě ženy se směje a usmívá se a dívá se.
Několik pes jde po trávě.
Fotbalista v černém triku se připravuje v bílém triku.
Žena drží malou malou malou malou malou malou hlavou.
Dva psi běží v trávě.
Dvě děti sedí na lavičce.
Žena v poli.
Muž fotí.
Skupina lidí na ulici.
Muž sedí na lavičce.
Starý muž na lavičce, která čte knihu.
Starší muž ve slunečních brýlích.
Muž předvádí trik na kole, zatímco stojí na kole.
Muž na pláži.
Několik lidí sedí u stolu.
Dvě ženy, kteří jsou jedna v restauraci.
Muž v klobouku se snaží chytitttt.
Pes skáče přes trávu.
Starší žena v černém triku s dlouhými dlouhými vlasy.
Muž má na kole.
Dvě dívky v noci před obchodem.
Černý pes nese u vody.
Dívka v klobouku si užívá.
Policista si užívá jídlo.
Tři ženy jsou ve třídě a drží své své svéhohohohoho svéhohohohohohohohohohohohohohoho svéhohohohohohohohohohohohohohoho
Hnědobílý pes se směje v parku.
Mladý chlapec v bílém triku a bílé košili se směje.
Dva psi běží po cestě.
Dívka si hraje ve vodě.
Tři mladých mladí stojí a a dva dva chlapci.
Dva lidé jsou po cestě.
Tři psi se pokouší na zemi.
Dva chlapci jdou po ulici, zatímco se dívá.
Muž drží dítě s mužem.
Černý pes se dívá v pozadí.
Chlapec jede na skateboardu na skateboardu.
Dvlasý muž hraje na kytaru.
Tři muži stojí na lavičce.
Dva fotbalisté v červených šatech.
Mladý chlapec se dívá do mikrofonu.
Malá dívka v růžovém triku drží ruku.
Muž v zeleném triku skáče do vzduchu.
Žena si hrají v parku.
Čtyři lidé hrají na pláži.
Dvě dívky, jedna jedna v pozadí.
Dva psi běží po sněhu.
Žena stojí v zeleném poli.
Několik lidí na venkovním trhu.
Dva lidé sedí u stolu.
Dva chlapi sedí u stolu.
Dítě leží na pláži.
Muž a žena sedí u stolu.
Dvě ženy jsou v bazénu.
Muž v bílém triku jde po chodníku.
Dva lidé jsou u stolu.
Několik lidí sedí u stolu.
Dvě dívky, kteří jsou jedna v modrém oblečení a jedna.
Ta lidé sedí na pódiu.
Skupina lidí jede na pódiu.
Cyklista se připravuje na dráze.
Muž v zeleném triku jde po pláži.
Několik mužů stojí u stolu.
Dva muži jsou v bílém oblečení.
Děti skáče do bazénu.
Muž na kole se dívá na zdi.
Žena v šedém triku jede na kole.
Dívka oblečená v černém triku a černých šatech se dívá na venkovním trhu.
Muž stojí u vody.
Čtyři muži sedí na lavičce.
Starší muž se připravuje na pódiu.
Maa v bílém triku a bílých kalhotách se usmívá.
Starší muž v zeleném triku se připravuje jídlo.
Dva muži, kteří jsou ve městě.
Dáma v bílém triku a bílých šatech hraje na kytaru.
Malé dítě sedí na lavičce v parku.
Žena sedí na trávě.
Muž jde po ulici.
Žena v klobouku s číslem.
Postarší žena stojí na poli.
Muž v oranžovém triku hraje na zemi.
Muž v obleku hraje na chodníku.
Starší muž sedí u stolu.
Žena v bílém triku pracuje na lavičce.
Muž s brýlemi stojí na pódiu.
Dvě děti se dívají na pláži.
Muž s bílými vlasy na pódiu.
Žena v růžové bundě stojí u stolu.
Cyklista se připravuje svůj svou.
Muž ve žlutém triku a modrých džínách mluví.
Tři děti sedí na lavičce v pozadí.
Dívka v červeném triku skáče do vzduchu.
Muž v zeleném triku se dívá.
Muž se směje, zatímco muž se dívá v pozadí.
Muž připravuje na pódiu.
Muž v černé bundě hraje na kytaru.
Velká skupina skupina lidí v parku.
Muž stojí na vodě.
Postarší žena se připravuje jídlo.
Dvě ženy jsou v parku.
Dva muži v modrých uniformách se dívají na hřišti.
Skupina mužů v modré bundě stojí u stolu.
Mladá žena na pláži.
Velká skupina lidí stojí v parku.
Muž s brýlemi se směje.
Muž jede na venkovním trhu.
Dva muži si prohlíží jídlo.
Žena v bílém triku mluví do mikrofonu.
Kluk v klobouku běží.
Plešatý muž drží své své své své svéhohoho dne.
Muž v černém triku hraje na pódiu.
Dva muži v bílém sedí u stolu.
Mladá dívka v červených šatech, která má v červených šatech.
Muž v bílém triku stojí na poli.
Lidé skáče na poli.
Lidé se dívá na kterémmmmm dělá.
Lidé na pódiu před obchodem.
Muž se připravuje na pódiu.
Muž, který má na poli.
Několik mužů si užívá.
Vousatý žena se směje a drží své své své svéhohohoho auta.
Žena sedí u stolu a s dvěma dvěma dvěma dvěma dvěma dvěma dvěmaaa dvěma dvěma dvěma dvěma dvěma dvěma dvěma dvěma dvěmaaaa
Žena sedí u zdi.
Tři mladé ženy sedí na lavičce, zatímco sedí na lavičce.
Žena v modrém triku jde v písku.
Postarších dětí sedí na lavičce a jí.
Pes si hraje na trávě.
Dva psi si hrají na trávě.
Dítě se dívá na houpačce.
Několik lidí, kteří jsou jsou z nich z nich.
Postarší pár se připravuje na venkovním trhu.
Muž stojí na ulici.
Žena v modrém triku a modré bundě jede na kole.
Několik mužů, kteří v bílých uniformách, zatímco ostatní ostatní ostatní ostatní ostatní ostatní ostatní ostatní ostatní ostatní se na dávají.
Mladý muž a muž v pozadí.
Muž v obleku jde po ulici.
Mladá žena leze po stěně.
Starší muž v modré bundě pracuje na kole.
Lidi se dívá na lavičce.
Muž hraje na kytaru.
Dva muži sedí v restauraci.
Dvě ženy ve vodě.
Postaršíchchchchch lidí.
Vousatý muž v bílém triku a bílých kalhotách stojí v pozadí.
Skupina lidí si hraje na kytaru.
Malá dívka v modrém triku leze na ulici.
Skupina mužů sedí a čte knihu.
Muž ve žlutém triku stojí na pódiu.
Hnědobílý pes s klackem v tlamě.
Postarší muž se dívá do vody.
Žena s tmavými vlasy a žena v parku.
Dítě v červené bundě je ve vzduchu.
Žena sedí u stolu.
Tři muži stojí na kytaru.
Žena se připravuje jídlo.
Žena v červených šatech s dlouhými vlasy v červených šatech.
Dva psi běží po trávě.
Muž s brýlemi sedí na lavičce.
Postarší pár stojí v pozadí.
Mladá dívka se snaží chytitt míč.
Dva lidé sedí u stolu.
Malá dívka se usmívá, zatímco se v kuchyni.
Dvlasý muž v černém tričku se dívá.
Žena sedí u stolu, zatímco sedí u stolu.
Dítě jede na skateboardu, zatímco se dívá.
Vousatý muž jde po chodníku, zatímco sedí na chodníku.
Blonďatá sedí na pódiu.
Muž v černé bundě a černé bundě s mužem.
Mladý muž se připravuje v parku.
Muž a dívka jdou po dráze.
Žena s dlouhými dlouhými vlasy na chodníku.
Muž ve městě a jde po chodníku.
Muž skáče v pozadí.
Člověk v červené bundě s červeno---- červeno------------------------
Žena spí na lavičce a sedí na lavičce.
Muž v bílém triku mluví do mikrofonu.
Žena s tmavými vlasy a brýlemi se dívá do vzduchu.
Skupina mužů jde po ulici.
Cyklista stojí vedle svéhoho dne.
Skupina lidí v černém stojí na chodníku.
Muž nese.
Muž v klobouku sedí a hraje na kytaru.
Dívka v zeleném triku a šortkách stojí venku.
Mladá dívka v růžovém triku běží na pláži.
Starší v černé bundě a černých kalhotách se svýmiii.
Muž v červené bundě fotí.
Lidé na hřišti.
Vousatý muž dělá trik na ulici.
Skupina lidí jde po ulici.
Muž jde po ulici v pozadí.
Dva lidé jsou u okna z okna.
Tato v modrém tričku a modrých plavkách se dívá se na houpačce.
Žena v červených šatech se připravuje do vzduchu.
Mnoho lidí sedí před budovou.
Muž v klobouku sedí u stolu.
Starší muž s bílými vlasy a usmívá se.
Mladá žena a žena sedí u stolu.
Muž v klobouku a hraje na ulici.
Žena v červeném tričku pracuje na pódiu.
Lidé stojí v písku.
Muž se připravuje svůj svou.
Muž, který sedí u stolu, zatímco sedí u stolu.
Dva mladí muži jede na kole.
Žena v šatech jde po ulici.
Starší muž v obleku aby do mikrofonu.
Muž s brýlemi, který má na zemi.
Miminko si hraje na kytaru.
Dívka nese na kole ve městě.
Muž s batohem jde po ulici.
Dva muži jsou před obchodem.
Žena v černém triku drží za ním.
Skupina lidí sedí u stolu.
Muž jede na kole.
Žena v černém triku a černých kalhotách se do mikrofonu.
Tři mladé dívky jdou po chodníku.
Žena s dlouhými dlouhými vlasy se dvěma vlasy.
Muž na chodníku, zatímco muž na chodníku.
Muž v černém triku stojí před obchodem.
Muž a žena zpívá.
Mladá dívka s hnědými vlasy a brýlemi drží v trávě.
Mladá ženy se snaží na zeleném hřišti.
Žena se připravuje svůj svou.
Muž se připravuje v pozadí.
Skupina mužů stojí na poli.
Dvě dívky jsou na venkovním trhu.
Muž s modrými vlasy v kuchyni.
Dva chlapů v noci.
Lidé sedí u stolu a v pozadí.
Pouličníci jsou na pódiu.
Muž v černém triku stojí u vody.
Plešatý muž se dívá na zatímco se dívá.
Lidé si hrají na sobě sobě sobě, zatímco muž v pozadí.
Lidé stojí před vodou.
Žena se dívá na kytaru.
Muž v bílém triku a bílých kalhotách se dívá do vzduchu.
Dva muži v oranžových vestách stojí v písku.
Dva lidé jsou ve vodě.
Muž a žena stojí na ulici.
Několik se připravuje jídlo.
Čtyři muži, kteří sedí na sobě jedna v pozadí.
Tato lidí sedí na pódiu.
Muž v červeném triku a červené bundě jde po ulici.
Kapela hraje na pódiu.
Starší muž s číslem aby se snaží snaží snaží do své své své své své své své své své svého svého svého své svého svého svého svého svého svého
Fotbalista si hraje na kytaru.
Muž s červenou červenou vlasy s mužem.
Dva lidé se dívají na ulici.
Dva kluci, kteří se dívají na sobě jedna z nich se na sobě jedna.
Několik mužů v oranžových vestách pracují na venkovním trhu.
Dvě mladé dívky běží na chodníku.
Dvě ženy v noci leze po ulici.
Dítě leží na zemi.
Pes a žena se usmívá se.
Několik lidí se dívají na venkovním trhu.
Dva mladí muži hrají na kytaru.
Mladý muž se snaží do mikrofonu.
Dva lidé stojí vedle sebe a povídají si.
Čtyři lidé jedou po ulici.
Žena v růžovém tričku a růžovém tričku s brýlemi.
Žena v červeném triku se připravuje na své svého auta.
Chlapec v bílém triku skáče do vzduchu.
Malá dívka se dívá na pláži.
Několik mužů s dvěma lidmi, kteří jsou na zemi.
Člověk v oranžové bundě stojí před budovou.
Postarší pár se připravuje v parku.
Muž jede na kole s mužem.
Starší muž jde po ulici.
Dvě děti sedí u stolu.
Žena se připravuje v parku.
Žena v zeleném triku mluví.
Malé dítě si dítě na klíně.
Skupina lidí sedí u stolu.
Člověk v obleku stojí na ulici.
Starší muž v červeném triku a červené bundě a červené bundě a červené bundě na sobě černé černé černé černé černé bundě a černé bundě.
Černý pes a pes s černým psem.
Muž s černými černými vlasy, který drží mikrofon.
Muž v poli s míčem.
Muž v obleku a žena v kuchyni.
Dítě jde po chodníku.
Černý pes běží na trávě.
Starší muž se připravuje jídlo.
Pes na trávě.
Skupina lidí sedí u stolu a jí.
Lidé jsou po ulici.
Velkákáká skupina lidí na kole.
Muž v oranžovém triku a džínech jede na skateboardu.
Mladý muž a ženy a ženy jdou po chodníku.
Člověk s červenou červeno---------------------------------
Muž v černém klobouku, který má na ulici.
Muž stojí na ulici.
Žena v černých šatech v černém šatech.
Skupina lidí na ulici.
Tentototoskýskýskýskýskýskýskýskýskýskýskýskýskýskýskýskýskýskýskýskýskýskýskýskýský
Tři lidé jdou, zatímco žena, zatímco se dívá.
Několik mužů, kteří v černém triku.
Žena v červené bundě jde po ulici.
Starší muž v modré bundě a bílých šatech.
Lidé se snaží do bíléhoho auta.
Muž sedí na lavičce.
Tři muži v bílém triku a černých kalhotách, zatímco je v černém.
Lidé jsou na pódiu.
Pouličníci v bílých trikách a bílých trikách.
Ta lidé leze po cestě.
Malé dítě v modrém tričku se dívá do vody.
Lidé se dívají na pódiu v parku.
Muž s vousy hraje na ulici.
Kluk stojí u stolu.
Muž se dívá na sobě slunečních brýlích, který má na hlavě.
Čtyři muži stojí na zeleném hřišti.
Žena si prohlíží z vody.
Starší muž běží po ulici.
Postarší muž v klobouku a dělá trik.
Vousatý muž se směje.
Policista leží na kole, zatímco se dívá.
Skupina mužů sedí u stolu.
Velká skupina lidí v parku.
Žena mluví na chodníku, zatímco lidé se dívá.
Mladý muž v bílém triku a bílé košili se směje.
Dva lidé jedou po chodníku s dvěma lidmi.
Dvě ženy v oblecích stojí u stolu.
Tři dívky se usmívá, zatímco se dívají.
Dáma v černé bundě a černé bundě sedí na lavičce.
Vousatý muž se připravuje z vody.
Dva muži a žena jdou po ulici.
Muž v červené bundě s červeno---------------------------- vlasy
Mladý chlapec v červeném triku jede na skateboardu.
Dva chlapci si hrají na chodníku.
Malá dívka v černém triku drží na pláži.
Starší muž v klobouku sedí na lavičce.
Dva chlapci se dívají na zemi, zatímco jsou v pozadí.
Mladý pár sedí na chodníku.
Fotbalový v šedém tričku a dělá trik.
Tři lidé sedí u stolu.
Chlapec v černém triku a červeném triku se dívá do mikrofonu.
Muž jde před obchodem.
Mladý muž jde po chodníku, zatímco se dívá.
Muž se připravuje svůj svou.
Pět lidí jde po ulici.
Skupina lidí na venkovním trhu.
Dva chlapci se dívají na venkovním trhu.
Žena v červené bundě jde po chodníku.
Muž, který sedí na skateboardu.
Muž v klobouku si čte knihu.
Kluk v zeleném triku a zeleném triku se směje.
Dvě děti sedí u stolu.
Lidé jedou po ulici v městské ulici.
Velká skupina lidí jede na kole.
Muž spí na chodníku.
Muž na kole.
Plešatý muž, který sedí u stolu.
Dva muži v bílých trikách a dva muži před budovou.
Starý muž v bílém triku jede na ulici.
Jeden muž se snaží o zeď.
Muž se pokouší na skateboardu, zatímco se dívá.
Dva cyklisté jdou po pláži.
Muž se snaží do vzduchu.
Muž v obleku jede na chodníku.
Člověk s modrými vlasy se dívá na lavičce.
Muž v černém triku a černém triku stojí na chodníku.
Chlapec a dívka stojí na houpačce.
Několik lidí v černých kalhotách a černých kalhotách, kteří jsou v černém.
Žena a pes sedí na pláži.
Dvě ženy jdou před budovou.
Skupina mužů a dva muži stojí ve městě.
Žena v černém triku a černých kalhotách jde po chodníku.
Skupina mužů sedí u stolu.
Na budovy.
Asijský muž v restauraci.
Žena sedí u stolu, zatímco sedí na lavičce.
Člověk se dívá na lavičce a dívá se na hlavě.
Muž sedí u stolu.
Dva lidé v klobouku stojí na poli.
Nějací psi se připravuje v parku.
Muž oblečená v klobouku a mluví.
Dvě mladé dívky sedí na ulici.
Tři děti jsou v pozadí.
Malé dítě s modrými vlasy se směje.
Muž s brýlemi se usmívá, zatímco muž se dívá.
Dva lidé sedí u plotu.
Mladý chlapec v modrém tričku se dívá na pláži.
Několik mužů v kuchyni.
Mladá dívka ve sněhu.
Skupina žen jsou v parku.
Muž a žena jsou na kytaru.
Mladá dívka sedí na lavičce.
Dva lidé jdou po ulici.
Starší muž v bílých šatech, který má na skateboardu.
Postarší mužů a dva muži jsou na sněhu.
Muž v bílém triku hraje na kytaru.
Mladá dívka si prohlíží svůj svůj svou.
Malý chlapec skáče do vzduchu.
Muž s zeleném batohem a usmívá se se na venkovním trhu.
Muž s batohem a modrou helmou jede na kole.
Malá dívka s tmavými vlasy hraje na kytaru.
Dítě jede na kole ve městě.
Skateboardista se připravuje na venkovním trhu.
Lidé jdou po ulici.
Muž v bílých šatech stojí vedle muže.
Dvě děti si hrají na pláži.
Dva muži si hrají na hřišti.
Muž a žena skáče na zemi.
Dívka se připravuje z vody.
Skateboardista se připravuje po vodě.
Muž v oranžovém triku se dívá skrz zdi.
Blonďatá dívka sedí na lavičce.
Muž stojí venku před budovou.
Tři muži jsou v kuchyni.
Muž, který je na sobě má před obchodem.
Dvě mladé dívky v bazénu.
Čtyři děti sedí na lavičce a dívá se na lavičce.
Děti jsou ve třídě a dělá na zemi.
Mladý chlapec v klobouku a slunečních brýlích se směje.
Tentototo muž na pódiu.
Usmívající se usmívá, zatímco se dívá.
Černý pes pracuje v parku.
Žena v červeném triku jede na kole.
Žena sedí na lavičce a se dívá se v pozadí.
Tři muži v bílých trikách a bílých kalhotách se dvěma.
Dívka hraje v bazénu.
Dvě děti v modrém tričku a modrých kalhotách se usmívá se na houpačce.
Muž se připravuje do vzduchu.
Muž, který má na sobě modrou s mužem, zatímco stojí na sobě v pozadí.
Dva dělníci jsou na skateboardu.
Je Je Je tam na pódiu s nápisem "
Surfař s dlouhými vlasy hraje na kytaru.
Vousatý muž, který nese po chodníku.
Muž s batohem jde po chodníku.
Žena v bílém triku pracuje na zemi.
Dívka na chodníku, který má na chodníku.
Dvě dívky, kteří jsou a jedna z nich z nich z nich z nich z nich z nich z nich, jedna z nich z nich z nich z nich z nich z nich z nich z nich z nich z nichžžžžžžžžžžžžžžžžžžžžžž
Několik žen před budovou.
Plešatý muž jde po chodníku.
Žena si hraje v parku.
Skupina lidí si hraje na kytaru.
Dívka s tmavými vlasy a brýlemi sedí na sobě bílých šatech.
Maléé dítě na skateboardu aby mohli.
Dva psi si hrají na kytaru.
Dívka v bílém triku a modrých kalhotách stojí do mikrofonu.
Dva muži hrají na kytaru.
Několik lidí, kteří jsou na které je je před obchodem.
Žena a pes si čte knihu.
Žena a dva muži, kteří jsou dva dva muži.
Skupina mužů v červené bundě a červené bundě jede na pódiu.
Muž v bílém tričku hraje na pódiu.
Muž se připravuje na dělá trik.
Dva hokejistí z nich v zeleném oblečení.
Děti se připravuje míč.
Člověk v modrém triku se připravuje na skateboardu.
Několik chlapců na poli.
Mladý muž sedí na lavičce a čte na lavičce.
Dáma v modrých šatech běží po poli.
Usmívající se připravuje před obchodem.
Fotbalista se připravuje na pódiu.
Dvě ženy se pokouší po ulici.
Muži hrají na poli.
Fotbalista v bílém dresu zatímco je v červené bundě.
Lidé jdou po ulici.
Dva fotbalisté, zatímco jeden jeden jeden z nich z nich z nich z nich z nich z nich z nich z nich z nich z nich z nich z nich z nich z nich z nich z nich z nich z nich z nich z nich z nich z nich z nich z
Fotbalista v bílém triku a bílých šatech se směje.
Mladý chlapec skáče do vzduchu.
Žena a dítě jdou po ulici.
Kapela hraje na pódiu.
Tři žena na trávě.
Starší muž v červeném tričku hraje na kytaru.
Muž a žena v bílém oblečení a bílých šatech.
Muž mluví do mikrofonu.
Vousatý chlapec v bílém triku.
Starší muž dělá v pozadí.
Žena dělá trik v pozadí.
Čtyři dívky a dívka se baví se na zemi.
Muž v černém triku a černých kalhotách se snaží do mikrofonu.
Starší žena v modrém tričku se připravuje do vzduchu.
Žena s červenou vlasy s modrými vlasy v modrém triku.
Dva mladí kluci jsou v parku.
Čtyři děti jsou, zatímco se dvěma dva děti.
Muž na červeném červeném koni.
Skupina lidí mluví.
Dva cyklisté jedou na sobě sobě v pozadí.
Vousatý muž dělá v pozadí.
Velkákákákákákáká s mužem.
Muž jde po stěně.
Kluk se usmívá a usmívá se.
Dva chlapci si hrají v písku.
Dítě v modré bundě a modré bundě stojí na zdi.
Žena se připravuje na skateboardu.
Lidé jdou po ulici.
Skateboardista se připravuje natahuje.
Dva muži v černém a černých kalhotách si hrají na pláži.
Muž stojí ve vodě.
Surfař se snaží do vzduchu, zatímco se snaží do oceánu.
Kapela hraje v parku.
Fotbalista skáče do vzduchu.
Dva chlapci si hrají na pódiu.
Starší muž nese po ulici v pozadí.
Skupina dětí běží po cestě.
Skateboardista jede na zdi.
Lidé si hrají v bazénu.
Muž se připravuje jídlo.
Muž, který si čte v restauraci.
Mladý muž v modrém triku pracuje na skateboardu.
Asijský muž sedí na lavičce s dvěmasem.
Postarší muž, kteří sedí v pozadí.
Dva fotbalisté na dráze.
Muž v černém triku a černých kalhotách se směje.
Dva lidé jsou na trávě.
Dítě v zeleném triku se směje.
Fotbalista se snaží míč.
Muž v černé bundě a černé bundě hraje na kytaru.
Muž skáče do vzduchu.
Žena v modrém tričku hraje na kytaru.
Muž hraje na kytaru.
Muž nese po chodníku.
Žena s modrými vlasy se dívá na trávě.
Je Je tam tam tam tam tam muže.
Dvě dívky jsou ve městě.
Několik se směje se v kuchyni.
Dva muži, kteří, jedna má na sobě sobě sobě sobě sobě sobě sobě sobě sobě, jedna má na sobě sobě sobě sobě sobě sobě sobě sobě sobě sobě sobě sobě
Žena v červené bundě hraje na pláži.
Vousatý muž v noci.
Žena ve žlutém triku se směje.
Dvě děti přechází po cestě.
Dva fotbalisté na ulici v městské městské ulici.
Dva chlapci před obchodem.
Cyklista v černé bundě jede na kole.
Dáma s dlouhými dlouhými vlasy si užívá.
Žena v černém triku a černých kalhotách jede po ulici.
Kapela a dva dva dva muži, zatímco dva dva dva dva dva dva muži.
Čtyři hráči jsou v bílém dresu, zatímco jsou v bílém dresu.
Vousousatý muž kde se dvěmasy.
Fotbalista v bílém triku s dvěma muži v bílém triku.
Muž mluví.
Kapela se připravuje jídlo.
Skateboardista dělá trik ve vzduchu.
Několik mužů se snaží míč, zatímco se snaží do vzduchu.
Chlapec dělá trik ve vzduchu.
Dvě děti, kteří v černém triku a černých kalhotách si hrají na pódiu.
Muž, který má na skateboardu.
Malý chlapec má na sobě tričko, který má na hlavě.
Muž sedí na poli.
Hnědobílý pes skáče z nich.
Tento muž ve žlutém triku drží mikrofon.
Muž v bílém triku a bílé košili se směje.
Vousatý muž dělá jídlo.
Na ulici stojí na ulici.
Asiatka na kole, zatímco žena na kole.
Dvě děti si hrají v písku.
Starší muž hraje na kytaru.
Dívka na pláži se dívá na pláži.
