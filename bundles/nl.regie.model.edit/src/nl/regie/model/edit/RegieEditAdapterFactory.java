// SPDX-License-Identifier: EPL-2.0
package nl.regie.model.edit;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.emf.edit.provider.resource.ResourceItemProviderAdapterFactory;

import nl.regie.model.Action;
import nl.regie.model.ActionPlan;
import nl.regie.model.Agreement;
import nl.regie.model.Area;
import nl.regie.model.Goal;
import nl.regie.model.Indicator;
import nl.regie.model.Intervention;
import nl.regie.model.Involvement;
import nl.regie.model.Measurement;
import nl.regie.model.Municipality;
import nl.regie.model.Partner;
import nl.regie.model.Policy;
import nl.regie.model.Setting;
import nl.regie.model.Signal;
import nl.regie.model.Substance;
import nl.regie.model.TargetGroup;
import nl.regie.model.Track;
import nl.regie.model.provider.ActionItemProvider;
import nl.regie.model.provider.ActionPlanItemProvider;
import nl.regie.model.provider.AgreementItemProvider;
import nl.regie.model.provider.AreaItemProvider;
import nl.regie.model.provider.GoalItemProvider;
import nl.regie.model.provider.IndicatorItemProvider;
import nl.regie.model.provider.InterventionItemProvider;
import nl.regie.model.provider.InvolvementItemProvider;
import nl.regie.model.provider.MeasurementItemProvider;
import nl.regie.model.provider.MunicipalityItemProvider;
import nl.regie.model.provider.PartnerItemProvider;
import nl.regie.model.provider.PolicyItemProvider;
import nl.regie.model.provider.SettingItemProvider;
import nl.regie.model.provider.SignalItemProvider;
import nl.regie.model.provider.SubstanceItemProvider;
import nl.regie.model.provider.TargetGroupItemProvider;
import nl.regie.model.provider.TrackItemProvider;
import nl.regie.model.provider.RegieItemProviderAdapterFactory;

/**
 * The item providers of Regie as users see them: an object's label is its own name, title or statement (the tree
 * icon already shows its type), and signals, involvements and measurements get labels built from their content.
 * The generated providers stay untouched; this factory hands out subclasses of them.
 */
public class RegieEditAdapterFactory extends RegieItemProviderAdapterFactory {

    @Override
    public Adapter createMunicipalityAdapter() {
        if (municipalityItemProvider == null) {
            municipalityItemProvider = new MunicipalityItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return plain(((Municipality) object).getName(), super.getText(object));
                }
            };
        }
        return municipalityItemProvider;
    }

    @Override
    public Adapter createPolicyAdapter() {
        if (policyItemProvider == null) {
            policyItemProvider = new PolicyItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return plain(((Policy) object).getTitle(), super.getText(object));
                }
            };
        }
        return policyItemProvider;
    }

    @Override
    public Adapter createGoalAdapter() {
        if (goalItemProvider == null) {
            goalItemProvider = new GoalItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return plain(((Goal) object).getStatement(), super.getText(object));
                }
            };
        }
        return goalItemProvider;
    }

    @Override
    public Adapter createPartnerAdapter() {
        if (partnerItemProvider == null) {
            partnerItemProvider = new PartnerItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return plain(((Partner) object).getName(), super.getText(object));
                }
            };
        }
        return partnerItemProvider;
    }

    @Override
    public Adapter createSubstanceAdapter() {
        if (substanceItemProvider == null) {
            substanceItemProvider = new SubstanceItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return plain(((Substance) object).getName(), super.getText(object));
                }
            };
        }
        return substanceItemProvider;
    }

    @Override
    public Adapter createTargetGroupAdapter() {
        if (targetGroupItemProvider == null) {
            targetGroupItemProvider = new TargetGroupItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return plain(((TargetGroup) object).getName(), super.getText(object));
                }
            };
        }
        return targetGroupItemProvider;
    }

    @Override
    public Adapter createSettingAdapter() {
        if (settingItemProvider == null) {
            settingItemProvider = new SettingItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return plain(((Setting) object).getName(), super.getText(object));
                }
            };
        }
        return settingItemProvider;
    }

    @Override
    public Adapter createAreaAdapter() {
        if (areaItemProvider == null) {
            areaItemProvider = new AreaItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return plain(((Area) object).getName(), super.getText(object));
                }
            };
        }
        return areaItemProvider;
    }

    @Override
    public Adapter createSignalAdapter() {
        if (signalItemProvider == null) {
            signalItemProvider = new SignalItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return plain(RegieLabels.signal((Signal) object), super.getText(object));
                }
            };
        }
        return signalItemProvider;
    }

    @Override
    public Adapter createInterventionAdapter() {
        if (interventionItemProvider == null) {
            interventionItemProvider = new InterventionItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return plain(((Intervention) object).getName(), super.getText(object));
                }
            };
        }
        return interventionItemProvider;
    }

    @Override
    public Adapter createActionPlanAdapter() {
        if (actionPlanItemProvider == null) {
            actionPlanItemProvider = new ActionPlanItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return plain(((ActionPlan) object).getTitle(), super.getText(object));
                }
            };
        }
        return actionPlanItemProvider;
    }

    @Override
    public Adapter createTrackAdapter() {
        if (trackItemProvider == null) {
            trackItemProvider = new TrackItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return plain(((Track) object).getName(), super.getText(object));
                }
            };
        }
        return trackItemProvider;
    }

    @Override
    public Adapter createActionAdapter() {
        if (actionItemProvider == null) {
            actionItemProvider = new ActionItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return plain(((Action) object).getTitle(), super.getText(object));
                }
            };
        }
        return actionItemProvider;
    }

    @Override
    public Adapter createInvolvementAdapter() {
        if (involvementItemProvider == null) {
            involvementItemProvider = new InvolvementItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return plain(RegieLabels.involvement((Involvement) object), super.getText(object));
                }
            };
        }
        return involvementItemProvider;
    }

    @Override
    public Adapter createAgreementAdapter() {
        if (agreementItemProvider == null) {
            agreementItemProvider = new AgreementItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return plain(((Agreement) object).getTitle(), super.getText(object));
                }
            };
        }
        return agreementItemProvider;
    }

    @Override
    public Adapter createIndicatorAdapter() {
        if (indicatorItemProvider == null) {
            indicatorItemProvider = new IndicatorItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return plain(((Indicator) object).getName(), super.getText(object));
                }
            };
        }
        return indicatorItemProvider;
    }

    @Override
    public Adapter createMeasurementAdapter() {
        if (measurementItemProvider == null) {
            measurementItemProvider = new MeasurementItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return plain(RegieLabels.measurement((Measurement) object), super.getText(object));
                }
            };
        }
        return measurementItemProvider;
    }

    /**
     * The adapter factory the workbench labels with: Regie's providers, then EMF resources, then a reflective
     * fallback for objects of other packages (organisations' extensions). Dispose it when done.
     */
    public static ComposedAdapterFactory createComposed() {
        return new ComposedAdapterFactory(new AdapterFactory[] {new RegieEditAdapterFactory(),
                new ResourceItemProviderAdapterFactory(), new ReflectiveItemProviderAdapterFactory()});
    }

    private static String plain(String label, String generated) {
        return label == null || label.isBlank() ? generated : label;
    }
}
