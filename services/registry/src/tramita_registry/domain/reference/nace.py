"""NACE Rev. 2: the 21 sections and 88 divisions, with English and Portuguese titles.

Entities describe their economic competences with these codes (IMI guide §4.1.2). A
section is a letter; a division is two digits and belongs to exactly one section.
"""

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class NaceSection:
    code: str
    title_en: str
    title_pt: str
    first_division: str
    last_division: str


@dataclass(frozen=True, slots=True)
class NaceDivision:
    code: str
    section: str
    title_en: str
    title_pt: str


# fmt: off
_SECTIONS = (
    ("A", "01", "03", "Agriculture, forestry and fishing",
     "Agricultura, produção animal, caça, floresta e pesca"),
    ("B", "05", "09", "Mining and quarrying", "Indústrias extrativas"),
    ("C", "10", "33", "Manufacturing", "Indústrias transformadoras"),
    ("D", "35", "35", "Electricity, gas, steam and air conditioning supply",
     "Eletricidade, gás, vapor, água quente e fria e ar frio"),
    ("E", "36", "39", "Water supply; sewerage, waste management and remediation activities",
     "Captação, tratamento e distribuição de água; saneamento, gestão de resíduos e despoluição"),
    ("F", "41", "43", "Construction", "Construção"),
    ("G", "45", "47", "Wholesale and retail trade; repair of motor vehicles and motorcycles",
     "Comércio por grosso e a retalho; reparação de veículos automóveis e motociclos"),
    ("H", "49", "53", "Transportation and storage", "Transportes e armazenagem"),
    ("I", "55", "56", "Accommodation and food service activities",
     "Alojamento, restauração e similares"),
    ("J", "58", "63", "Information and communication", "Atividades de informação e de comunicação"),
    ("K", "64", "66", "Financial and insurance activities", "Atividades financeiras e de seguros"),
    ("L", "68", "68", "Real estate activities", "Atividades imobiliárias"),
    ("M", "69", "75", "Professional, scientific and technical activities",
     "Atividades de consultoria, científicas, técnicas e similares"),
    ("N", "77", "82", "Administrative and support service activities",
     "Atividades administrativas e dos serviços de apoio"),
    ("O", "84", "84", "Public administration and defence; compulsory social security",
     "Administração pública e defesa; segurança social obrigatória"),
    ("P", "85", "85", "Education", "Educação"),
    ("Q", "86", "88", "Human health and social work activities",
     "Atividades de saúde humana e apoio social"),
    ("R", "90", "93", "Arts, entertainment and recreation",
     "Atividades artísticas, de espetáculos, desportivas e recreativas"),
    ("S", "94", "96", "Other service activities", "Outras atividades de serviços"),
    ("T", "97", "98",
     "Activities of households as employers; undifferentiated goods- and services-producing "
     "activities of households for own use",
     "Atividades das famílias empregadoras de pessoal doméstico e atividades de produção das "
     "famílias para uso próprio"),
    ("U", "99", "99", "Activities of extraterritorial organisations and bodies",
     "Atividades dos organismos internacionais e outras instituições extraterritoriais"),
)

_DIVISIONS = (
    ("01", "Crop and animal production, hunting and related service activities",
     "Agricultura, produção animal, caça e atividades dos serviços relacionados"),
    ("02", "Forestry and logging", "Silvicultura e exploração florestal"),
    ("03", "Fishing and aquaculture", "Pesca e aquicultura"),
    ("05", "Mining of coal and lignite", "Extração de hulha e lenhite"),
    ("06", "Extraction of crude petroleum and natural gas",
     "Extração de petróleo bruto e gás natural"),
    ("07", "Mining of metal ores", "Extração e preparação de minérios metálicos"),
    ("08", "Other mining and quarrying", "Outras indústrias extrativas"),
    ("09", "Mining support service activities",
     "Atividades dos serviços relacionados com as indústrias extrativas"),
    ("10", "Manufacture of food products", "Indústrias alimentares"),
    ("11", "Manufacture of beverages", "Indústria das bebidas"),
    ("12", "Manufacture of tobacco products", "Indústria do tabaco"),
    ("13", "Manufacture of textiles", "Fabricação de têxteis"),
    ("14", "Manufacture of wearing apparel", "Indústria do vestuário"),
    ("15", "Manufacture of leather and related products",
     "Indústria do couro e dos produtos do couro"),
    ("16", "Manufacture of wood and of products of wood and cork, except furniture; "
     "manufacture of articles of straw and plaiting materials",
     "Indústrias da madeira e da cortiça e suas obras, exceto mobiliário; fabricação de obras "
     "de cestaria e de espartaria"),
    ("17", "Manufacture of paper and paper products",
     "Fabricação de pasta, de papel, de cartão e seus artigos"),
    ("18", "Printing and reproduction of recorded media",
     "Impressão e reprodução de suportes gravados"),
    ("19", "Manufacture of coke and refined petroleum products",
     "Fabricação de coque, de produtos petrolíferos refinados e de aglomerados de combustíveis"),
    ("20", "Manufacture of chemicals and chemical products",
     "Fabricação de produtos químicos e de fibras sintéticas ou artificiais, exceto produtos "
     "farmacêuticos"),
    ("21", "Manufacture of basic pharmaceutical products and pharmaceutical preparations",
     "Fabricação de produtos farmacêuticos de base e de preparações farmacêuticas"),
    ("22", "Manufacture of rubber and plastic products",
     "Fabricação de artigos de borracha e de matérias plásticas"),
    ("23", "Manufacture of other non-metallic mineral products",
     "Fabrico de outros produtos minerais não metálicos"),
    ("24", "Manufacture of basic metals", "Indústrias metalúrgicas de base"),
    ("25", "Manufacture of fabricated metal products, except machinery and equipment",
     "Fabricação de produtos metálicos, exceto máquinas e equipamentos"),
    ("26", "Manufacture of computer, electronic and optical products",
     "Fabricação de equipamentos informáticos, equipamento para comunicações e produtos "
     "eletrónicos e óticos"),
    ("27", "Manufacture of electrical equipment", "Fabricação de equipamento elétrico"),
    ("28", "Manufacture of machinery and equipment n.e.c.",
     "Fabricação de máquinas e de equipamentos, n.e."),
    ("29", "Manufacture of motor vehicles, trailers and semi-trailers",
     "Fabricação de veículos automóveis, reboques, semirreboques e componentes para veículos "
     "automóveis"),
    ("30", "Manufacture of other transport equipment",
     "Fabricação de outro equipamento de transporte"),
    ("31", "Manufacture of furniture", "Fabrico de mobiliário e de colchões"),
    ("32", "Other manufacturing", "Outras indústrias transformadoras"),
    ("33", "Repair and installation of machinery and equipment",
     "Reparação, manutenção e instalação de máquinas e equipamentos"),
    ("35", "Electricity, gas, steam and air conditioning supply",
     "Eletricidade, gás, vapor, água quente e fria e ar frio"),
    ("36", "Water collection, treatment and supply", "Captação, tratamento e distribuição de água"),
    ("37", "Sewerage", "Recolha, drenagem e tratamento de águas residuais"),
    ("38", "Waste collection, treatment and disposal activities; materials recovery",
     "Recolha, tratamento e eliminação de resíduos; valorização de materiais"),
    ("39", "Remediation activities and other waste management services",
     "Descontaminação e atividades similares"),
    ("41", "Construction of buildings", "Promoção imobiliária; construção de edifícios"),
    ("42", "Civil engineering", "Engenharia civil"),
    ("43", "Specialised construction activities", "Atividades especializadas de construção"),
    ("45", "Wholesale and retail trade and repair of motor vehicles and motorcycles",
     "Comércio, manutenção e reparação de veículos automóveis e motociclos"),
    ("46", "Wholesale trade, except of motor vehicles and motorcycles",
     "Comércio por grosso, exceto de veículos automóveis e motociclos"),
    ("47", "Retail trade, except of motor vehicles and motorcycles",
     "Comércio a retalho, exceto de veículos automóveis e motociclos"),
    ("49", "Land transport and transport via pipelines",
     "Transportes terrestres e transportes por oleodutos ou gasodutos"),
    ("50", "Water transport", "Transportes por água"),
    ("51", "Air transport", "Transportes aéreos"),
    ("52", "Warehousing and support activities for transportation",
     "Armazenagem e atividades auxiliares dos transportes"),
    ("53", "Postal and courier activities", "Atividades postais e de courier"),
    ("55", "Accommodation", "Alojamento"),
    ("56", "Food and beverage service activities", "Restauração e similares"),
    ("58", "Publishing activities", "Atividades de edição"),
    ("59", "Motion picture, video and television programme production, sound recording and "
     "music publishing activities",
     "Atividades cinematográficas, de vídeo, de produção de programas de televisão, de gravação "
     "de som e de edição de música"),
    ("60", "Programming and broadcasting activities", "Atividades de rádio e de televisão"),
    ("61", "Telecommunications", "Telecomunicações"),
    ("62", "Computer programming, consultancy and related activities",
     "Consultoria e programação informática e atividades relacionadas"),
    ("63", "Information service activities", "Atividades dos serviços de informação"),
    ("64", "Financial service activities, except insurance and pension funding",
     "Atividades de serviços financeiros, exceto seguros e fundos de pensões"),
    ("65", "Insurance, reinsurance and pension funding, except compulsory social security",
     "Seguros, resseguros e fundos de pensões, exceto segurança social obrigatória"),
    ("66", "Activities auxiliary to financial services and insurance activities",
     "Atividades auxiliares de serviços financeiros e dos seguros"),
    ("68", "Real estate activities", "Atividades imobiliárias"),
    ("69", "Legal and accounting activities", "Atividades jurídicas e de contabilidade"),
    ("70", "Activities of head offices; management consultancy activities",
     "Atividades das sedes sociais e de consultoria para a gestão"),
    ("71", "Architectural and engineering activities; technical testing and analysis",
     "Atividades de arquitetura, de engenharia e técnicas afins; atividades de ensaios e de "
     "análises técnicas"),
    ("72", "Scientific research and development",
     "Atividades de investigação científica e de desenvolvimento"),
    ("73", "Advertising and market research",
     "Publicidade, estudos de mercado e sondagens de opinião"),
    ("74", "Other professional, scientific and technical activities",
     "Outras atividades de consultoria, científicas, técnicas e similares"),
    ("75", "Veterinary activities", "Atividades veterinárias"),
    ("77", "Rental and leasing activities", "Atividades de aluguer"),
    ("78", "Employment activities", "Atividades de emprego"),
    ("79", "Travel agency, tour operator and other reservation service and related activities",
     "Agências de viagem, operadores turísticos, outros serviços de reservas e atividades "
     "relacionadas"),
    ("80", "Security and investigation activities", "Atividades de investigação e segurança"),
    ("81", "Services to buildings and landscape activities",
     "Atividades relacionadas com edifícios, plantação e manutenção de jardins"),
    ("82", "Office administrative, office support and other business support activities",
     "Atividades de serviços administrativos e de apoio prestados às empresas"),
    ("84", "Public administration and defence; compulsory social security",
     "Administração pública e defesa; segurança social obrigatória"),
    ("85", "Education", "Educação"),
    ("86", "Human health activities", "Atividades de saúde humana"),
    ("87", "Residential care activities", "Atividades de apoio social com alojamento"),
    ("88", "Social work activities without accommodation",
     "Atividades de apoio social sem alojamento"),
    ("90", "Creative, arts and entertainment activities",
     "Atividades de teatro, de música, de dança e outras atividades artísticas e literárias"),
    ("91", "Libraries, archives, museums and other cultural activities",
     "Atividades das bibliotecas, arquivos, museus e outras atividades culturais"),
    ("92", "Gambling and betting activities", "Lotarias e outros jogos de aposta"),
    ("93", "Sports activities and amusement and recreation activities",
     "Atividades desportivas, de diversão e recreativas"),
    ("94", "Activities of membership organisations", "Atividades das organizações associativas"),
    ("95", "Repair of computers and personal and household goods",
     "Reparação de computadores e de bens de uso pessoal e doméstico"),
    ("96", "Other personal service activities", "Outras atividades de serviços pessoais"),
    ("97", "Activities of households as employers of domestic personnel",
     "Atividades das famílias empregadoras de pessoal doméstico"),
    ("98", "Undifferentiated goods- and services-producing activities of private households "
     "for own use", "Atividades de produção das famílias para uso próprio"),
    ("99", "Activities of extraterritorial organisations and bodies",
     "Atividades dos organismos internacionais e outras instituições extraterritoriais"),
)
# fmt: on

SECTIONS: tuple[NaceSection, ...] = tuple(
    NaceSection(code, en, pt, first, last) for code, first, last, en, pt in _SECTIONS
)


def _section_of(division: str) -> str:
    return next(s.code for s in SECTIONS if s.first_division <= division <= s.last_division)


DIVISIONS: tuple[NaceDivision, ...] = tuple(
    NaceDivision(code, _section_of(code), en, pt) for code, en, pt in _DIVISIONS
)
