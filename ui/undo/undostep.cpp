#include "undo/undostep.h"

#include "conversion/conversionservice.h"
#include "crm/opportunityservice.h"
#include "lifecycle/lifecycleservice.h"
#include "qualification/qualificationservice.h"
#include "store/storeerror.h"

#include <QUndoCommand>

namespace lb {

bool runUndoStep(QUndoCommand& command, const UndoErrorHandler& onError,
                 const std::function<void()>& step)
{
    QString refusal;
    try {
        step();
        return true;
    } catch (const ConversionError& error) {
        refusal = error.message();
    } catch (const LifecycleRefused& error) {
        refusal = error.message();
    } catch (const QualificationError& error) {
        refusal = error.message();
    } catch (const OpportunityError& error) {
        refusal = error.message();
    } catch (const StoreError& error) {
        refusal = error.message();
    }
    command.setObsolete(true);
    if (onError)
        onError(refusal);
    return false;
}

} // namespace lb
