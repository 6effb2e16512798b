"""Policy areas an entity may declare as competences (IMI guide §4.1.2), EN and PT."""

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class PolicyArea:
    code: str
    title_en: str
    title_pt: str


# fmt: off
_POLICY_AREAS = (
    ("agriculture", "Agriculture and rural development", "Agricultura e desenvolvimento rural"),
    ("audiovisual-media", "Audiovisual and media", "Audiovisual e meios de comunicação"),
    ("competition", "Competition", "Concorrência"),
    ("consumers", "Consumers", "Consumidores"),
    ("culture", "Culture", "Cultura"),
    ("customs", "Customs", "Alfândegas"),
    ("digital", "Digital economy and society", "Economia e sociedade digitais"),
    ("economy-finance", "Economy, finance and the euro", "Economia, finanças e euro"),
    ("education-training", "Education and training", "Educação e formação"),
    ("employment-social", "Employment and social affairs", "Emprego e assuntos sociais"),
    ("energy", "Energy", "Energia"),
    ("enterprise-industry", "Enterprise and industry", "Empresas e indústria"),
    ("environment", "Environment", "Ambiente"),
    ("food-safety", "Food safety", "Segurança dos alimentos"),
    ("fraud", "Fight against fraud", "Luta contra a fraude"),
    ("justice-rights", "Justice and fundamental rights", "Justiça e direitos fundamentais"),
    ("home-affairs", "Home affairs, borders and migration",
     "Assuntos internos, fronteiras e migração"),
    ("internal-market", "Single market", "Mercado único"),
    ("maritime-fisheries", "Maritime affairs and fisheries", "Assuntos marítimos e pescas"),
    ("public-health", "Public health", "Saúde pública"),
    ("regional-policy", "Regional policy", "Política regional"),
    ("research-innovation", "Research and innovation", "Investigação e inovação"),
    ("taxation", "Taxation", "Fiscalidade"),
    ("trade", "Trade", "Comércio"),
    ("transport", "Transport", "Transportes"),
    ("youth-sport", "Youth and sport", "Juventude e desporto"),
)
# fmt: on

POLICY_AREAS: tuple[PolicyArea, ...] = tuple(PolicyArea(*row) for row in _POLICY_AREAS)
